package kb.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import kb.search.SearchFilters;
import kb.search.SearchHit;
import kb.search.SearchLog;
import kb.search.SearchResults;
import kb.search.SearchService;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.web.articles.FeedbackServlet;
import kb.web.i18n.LocaleResolver;
import kb.web.search.Searchers;

/** {@code GET /search} and {@code POST /search/{searchId}/clicks} of DESIGN §5. */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

  /** One hit as the contract names it. */
  public record Hit(
      String type,
      String id,
      String slug,
      String locale,
      String title,
      String snippet,
      String url,
      boolean fallback) {
    static Hit of(SearchHit h, String contextPath) {
      return new Hit(
          h.type(),
          h.id(),
          h.slug(),
          h.locale(),
          h.title(),
          h.snippet(),
          contextPath + h.url(),
          h.fallback());
    }
  }

  /** The answer of {@code GET /search} (written by {@link AnswerJson}, for the API document). */
  public record Answer(
      long searchId,
      String query,
      int total,
      List<Hit> hits,
      String didYouMean,
      java.util.Map<String, java.util.Map<String, Integer>> facets) {}

  /** An answer's fields but its id, serialized once per result set ({@link AnswerJson}). */
  public record AnswerBody(
      String query,
      int total,
      List<Hit> hits,
      String didYouMean,
      java.util.Map<String, java.util.Map<String, Integer>> facets) {}

  /** The body of {@code POST /search/{searchId}/clicks}. */
  public record Click(String type, String id) {}

  @Inject SearchService search;
  @Inject SearchLog log;
  private static final AnswerJson answers = new AnswerJson();
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  @GET
  @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
      responseCode = "200",
      description = "the hits, best first",
      content =
          @org.eclipse.microprofile.openapi.annotations.media.Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @org.eclipse.microprofile.openapi.annotations.media.Schema(
                      implementation = Answer.class)))
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("locale") String locale,
      @QueryParam("type") String type,
      @QueryParam("category") String category,
      @QueryParam("tag") String tag,
      @QueryParam("size") Integer size) {
    String lang = locale(locale, request);
    int n = size == null ? 10 : size;
    if (n < 1 || n > 50) {
      throw new InvalidInput("size", "search.size.range", 1, 50);
    }
    String kind = type == null || type.isBlank() ? "all" : type.strip();
    if (!List.of("all", "article", "question").contains(kind)) {
      throw new InvalidInput("type", "search.type.unknown");
    }
    SearchResults results =
        search.search(
            q, lang, new SearchFilters(kind.equals("all") ? null : kind, category, tag), n);
    long id = log.record(results, lang, Searchers.of(request, response), "api");
    return Response.ok(answers.write(id, results, request.getContextPath()))
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .build();
  }

  @POST
  @Path("{searchId}/clicks")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response click(@PathParam("searchId") long searchId, Click click) {
    if (click == null || click.id() == null || click.id().isBlank()) {
      throw new InvalidInput("id", "search.click.idRequired");
    }
    String type = click.type() == null ? "article" : click.type().strip();
    if (!List.of("article", "question").contains(type)) {
      throw new InvalidInput("type", "search.type.unknown");
    }
    log.click(searchId, type, click.id().strip(), FeedbackServlet.existingVisitor(request));
    return Response.noContent().build();
  }

  /** The language asked for, or the reader's when none is; an unsupported one is a 400. */
  static String locale(String tag, HttpServletRequest request) {
    if (tag == null || tag.isBlank()) {
      return LocaleResolver.resolve(request).getLanguage();
    }
    return Locales.match(tag)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }
}
