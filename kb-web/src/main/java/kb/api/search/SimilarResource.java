package kb.api.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kb.search.SearchService;
import kb.shared.validation.InvalidInput;

/**
 * {@code GET /questions/similar?title=&locale=}: what already answers a question being typed, for
 * "before you ask". Not logged as a search: it runs while the asker types a title. Community
 * threads join these hits when the forum indexes them; until then the hits are articles.
 */
@Path("questions/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimilarResource {

  static final int MAX = 5;

  /** The answer: up to five hits, best first. */
  public record Similar(String title, List<SearchResource.Hit> hits) {}

  @Inject SearchService search;
  @Context HttpServletRequest request;

  @GET
  public Similar similar(@QueryParam("title") String title, @QueryParam("locale") String locale) {
    String text = SearchService.normalize(title);
    if (text.isEmpty()) {
      throw new InvalidInput("title", "search.query.required");
    }
    if (text.length() > SearchService.MAX_QUERY) {
      throw new InvalidInput("title", "search.query.tooLong", SearchService.MAX_QUERY);
    }
    String lang = SearchResource.locale(locale, request);
    return new Similar(
        text,
        search.search(text, lang, MAX).hits().stream()
            .map(h -> SearchResource.Hit.of(h, request.getContextPath()))
            .toList());
  }
}
