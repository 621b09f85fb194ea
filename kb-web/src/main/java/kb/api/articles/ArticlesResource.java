package kb.api.articles;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.api.shared.Params;
import kb.articles.ArticleInput;
import kb.articles.ArticleService;
import kb.articles.FeedbackService;
import kb.articles.Status;
import kb.articles.Views.ArticlePage;
import kb.articles.Views.ArticleSummary;
import kb.shared.i18n.Locales;
import kb.shared.validation.InvalidInput;
import kb.web.i18n.LocaleResolver;
import kb.web.shared.CurrentActor;

/** {@code /articles} of DESIGN §5: read for anyone, write for editors, feedback for anyone. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  /** A list item of {@code GET /articles}. */
  public record Item(
      String slug, String locale, String title, String category, OffsetDateTime updatedAt) {}

  /** The answer of {@code GET /articles}. */
  public record Listing(int total, List<Item> items) {}

  /** The answer of {@code GET /articles/{slug}}. */
  public record Detail(
      String slug,
      String locale,
      String title,
      String category,
      List<String> tags,
      String html,
      String markdown,
      OffsetDateTime updatedAt,
      long version,
      String status,
      List<String> translations,
      Map<String, Integer> helpful,
      boolean fallback) {
    static Detail of(ArticlePage p) {
      return new Detail(
          p.slug(),
          p.locale(),
          p.title(),
          p.categoryId(),
          p.tags(),
          p.html(),
          p.markdown(),
          p.updatedAt(),
          p.version(),
          p.status().name(),
          p.translations(),
          Map.of("yes", p.helpfulYes(), "no", p.helpfulNo()),
          p.fallback());
    }
  }

  /** The body of {@code POST /articles} and {@code PUT /articles/{slug}/{locale}}. */
  public record Body(
      String slug,
      String locale,
      String title,
      String markdown,
      String category,
      Set<String> tags,
      String status,
      Long version) {}

  /** The body of {@code POST /articles/{slug}/feedback}. */
  public record Vote(String locale, Boolean helpful, String comment) {}

  /** An editor's place for the article in the home page's pinned list; {@code null} unpins. */
  public record Pin(Integer place) {}

  @Inject ArticleService articles;
  @Inject CurrentActor actor;
  @Inject Access access;
  @Inject FeedbackService feedback;
  @Context SecurityContext security;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;

  /** Orders of the article list: by title, as the home page's "Popular" or "Recently updated". */
  public enum Order {
    TITLE,
    POPULAR,
    RECENT
  }

  /** Longest "Popular" or "Recently updated" list one request returns. */
  static final int MAX_LISTED = 50;

  @GET
  public Listing list(
      @QueryParam("locale") String locale,
      @QueryParam("category") String category,
      @QueryParam("sort") String sort,
      @QueryParam("size") Integer requested) {
    int size = requested == null ? 6 : requested;
    String lang = locale(locale);
    Order order =
        sort == null
            ? Order.TITLE
            : Params.choice(Order.class, sort, "sort", "articles.sort.unknown");
    if (order != Order.TITLE && (size < 1 || size > MAX_LISTED)) {
      throw new InvalidInput("size", "search.size.range", 1, MAX_LISTED);
    }
    List<ArticleSummary> summaries =
        switch (order) {
          case TITLE -> articles.published(lang);
          case POPULAR -> articles.popular(lang, size);
          case RECENT -> articles.recentlyUpdated(lang, size);
        };
    List<Item> items =
        summaries.stream()
            .filter(s -> category == null || category.equals(s.categoryId()))
            .map(s -> new Item(s.slug(), s.locale(), s.title(), s.categoryId(), s.updatedAt()))
            .toList();
    return new Listing(items.size(), items);
  }

  @GET
  @Path("{slug}")
  public Detail read(@PathParam("slug") String slug, @QueryParam("locale") String locale) {
    return Detail.of(articles.read(slug, locale(locale)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(Body body) {
    Actor editor = requireEditor();
    ArticlePage created = articles.create(input(body, body == null ? null : body.locale()), editor);
    return Response.created(URI.create("articles/" + created.slug()))
        .entity(Detail.of(created))
        .build();
  }

  @PUT
  @Path("{slug}/{locale}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Detail save(
      @PathParam("slug") String slug, @PathParam("locale") String locale, Body body) {
    Actor editor = requireEditor();
    return Detail.of(articles.save(slug, locale, input(body, locale), editor));
  }

  @PUT
  @Path("{slug}/pin")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response pin(@PathParam("slug") String slug, Pin pin) {
    articles.pin(requireEditor(), slug, pin == null ? null : pin.place());
    return Response.noContent().build();
  }

  @POST
  @Path("{slug}/feedback")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response vote(@PathParam("slug") String slug, Vote vote) {
    if (vote == null || vote.helpful() == null) {
      throw new InvalidInput("helpful", "feedback.helpful.required");
    }
    String visitor = kb.web.articles.FeedbackServlet.visitor(request, response);
    feedback.vote(slug, locale(vote.locale()), visitor, vote.helpful(), vote.comment());
    return Response.noContent().build();
  }

  private ArticleInput input(Body body, String locale) {
    if (body == null) {
      throw new InvalidInput("body", "error.bodyRequired");
    }
    Status status = null;
    if (body.status() != null && !body.status().isBlank()) {
      try {
        status = Status.valueOf(body.status().strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInput("status", "article.status.unknown");
      }
    }
    return new ArticleInput(
        body.slug(),
        locale,
        body.title(),
        body.markdown(),
        body.category(),
        body.tags(),
        status,
        body.version());
  }

  private Actor requireEditor() {
    Actor editor = actor.get();
    access.require(editor, Action.EDIT_ARTICLES);
    return editor;
  }

  private String locale(String tag) {
    if (tag == null || tag.isBlank()) {
      return LocaleResolver.resolve(request).getLanguage();
    }
    return Locales.match(tag)
        .orElseThrow(() -> new InvalidInput("locale", "account.locale.unsupported"));
  }
}
