package kb.articles;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kb.accounts.Access;
import kb.accounts.Action;
import kb.accounts.Actor;
import kb.articles.Views.ArticlePage;
import kb.articles.Views.DiffLine;
import kb.articles.Views.EditorRow;
import kb.articles.Views.FeedbackItem;
import kb.articles.Views.RevisionView;
import kb.articles.Views.TranslationState;
import kb.shared.i18n.Locales;
import kb.shared.markdown.Audience;
import kb.shared.markdown.MarkdownRenderer;
import kb.shared.validation.NotFound;

/**
 * The editors' side of the knowledge base: the workspace list, revision history with diffs and
 * restore, the translation overview, and the queue of visitor comments.
 */
@ApplicationScoped
@Transactional
public class EditorialService {

  @PersistenceContext(unitName = "kb")
  EntityManager em;

  @Inject ArticleService articles;

  @Inject Clock clock;
  @Inject ArticleEvents events;
  @Inject Access access;

  /** Filters of the workspace; null means "any". */
  public record Filter(Status status, String owner, String locale, boolean reviewDueOnly) {}

  public List<EditorRow> workspace(Actor editor, Filter filter) {
    access.require(editor, Action.EDIT_ARTICLES);
    LocalDate today = LocalDate.now(clock);
    return em.createQuery("select t from Translation t join fetch t.article a", Translation.class)
        .getResultStream()
        .filter(t -> filter.status() == null || t.status() == filter.status())
        .filter(t -> filter.locale() == null || t.locale().equals(filter.locale()))
        .filter(t -> filter.owner() == null || filter.owner().equals(t.article().owner()))
        .map(t -> row(t, today))
        .filter(r -> !filter.reviewDueOnly() || r.reviewDue())
        .sorted(
            Comparator.comparing(EditorRow::slug)
                .thenComparing(r -> Locales.SUPPORTED.indexOf(r.locale())))
        .toList();
  }

  public List<RevisionView> history(Actor editor, String slug, String locale) {
    access.require(editor, Action.EDIT_ARTICLES);
    return translation(slug, locale).revisions().stream()
        .map(
            r ->
                new RevisionView(
                    r.number(), r.title(), r.status(), r.author(), r.note(), r.createdAt()))
        .sorted(Comparator.comparingInt(RevisionView::number).reversed())
        .toList();
  }

  /** A line diff of the Markdown of two revisions (title changes show as the first line). */
  public List<DiffLine> diff(Actor editor, String slug, String locale, int from, int to) {
    access.require(editor, Action.EDIT_ARTICLES);
    Translation t = translation(slug, locale);
    List<String> a = lines(revision(t, from));
    List<String> b = lines(revision(t, to));
    Patch<String> patch = DiffUtils.diff(a, b);
    List<DiffLine> out = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      for (; position < delta.getSource().getPosition(); position++) {
        out.add(new DiffLine(DiffLine.Kind.SAME, a.get(position)));
      }
      delta.getSource().getLines().forEach(l -> out.add(new DiffLine(DiffLine.Kind.REMOVED, l)));
      delta.getTarget().getLines().forEach(l -> out.add(new DiffLine(DiffLine.Kind.ADDED, l)));
      position += delta.getSource().size();
    }
    for (; position < a.size(); position++) {
      out.add(new DiffLine(DiffLine.Kind.SAME, a.get(position)));
    }
    return out;
  }

  /** Makes an old revision the current text again, as a new revision. */
  public ArticlePage restore(Actor actor, String slug, String locale, int number) {
    access.require(actor, Action.EDIT_ARTICLES);
    String editor = actor.username();
    Translation t = translation(slug, locale);
    Revision r = revision(t, number);
    t.restore(
        r,
        MarkdownRenderer.render(r.markdown(), Audience.EDITOR),
        editor,
        OffsetDateTime.now(clock));
    em.flush();
    events.changed(t.article());
    return ArticleService.page(t.article(), t, false);
  }

  /** Each translation of an article and whether the English source changed after it. */
  public List<TranslationState> translations(Actor editor, String slug) {
    access.require(editor, Action.EDIT_ARTICLES);
    Article article = articles.requireArticle(slug);
    OffsetDateTime source =
        article.translation(Locales.DEFAULT).map(Translation::updatedAt).orElse(null);
    return article.translations().stream()
        .sorted(Comparator.comparingInt(t -> Locales.SUPPORTED.indexOf(t.locale())))
        .map(
            t ->
                new TranslationState(
                    t.locale(),
                    t.title(),
                    t.status(),
                    t.updatedAt(),
                    source != null
                        && !t.locale().equals(Locales.DEFAULT)
                        && t.updatedAt().isBefore(source)))
        .toList();
  }

  /** Open "what was missing" comments on the owner's articles (all articles for null). */
  public List<FeedbackItem> feedbackQueue(Actor editor, String owner) {
    access.require(editor, Action.EDIT_ARTICLES);
    return em.createNamedQuery("Feedback.openForOwner", Feedback.class)
        .setParameter("owner", owner)
        .setParameter("handled", Boolean.FALSE)
        .getResultStream()
        .map(
            f ->
                new FeedbackItem(
                    f.id(),
                    f.translation().article().slug(),
                    f.translation().locale(),
                    f.translation().title(),
                    f.helpful(),
                    f.comment(),
                    f.createdAt()))
        .toList();
  }

  public void markFeedbackHandled(Actor editor, long id) {
    access.require(editor, Action.EDIT_ARTICLES);
    Feedback f = em.find(Feedback.class, id);
    if (f == null) {
      throw new NotFound("feedback.notFound");
    }
    f.markHandled();
  }

  private Translation translation(String slug, String locale) {
    return articles
        .requireArticle(slug)
        .translation(locale)
        .orElseThrow(() -> new NotFound("article.notFound"));
  }

  private static Revision revision(Translation t, int number) {
    return t.revisions().stream()
        .filter(r -> r.number() == number)
        .findFirst()
        .orElseThrow(() -> new NotFound("revision.notFound"));
  }

  private static List<String> lines(Revision r) {
    List<String> out = new ArrayList<>();
    out.add("# " + r.title());
    out.addAll(Arrays.asList(r.markdown().split("\n", -1)));
    return out;
  }

  private static EditorRow row(Translation t, LocalDate today) {
    Article a = t.article();
    return new EditorRow(
        a.slug(),
        t.locale(),
        t.title(),
        t.status(),
        a.owner(),
        a.reviewBy(),
        t.updatedAt(),
        t.views(),
        t.helpfulYes(),
        t.helpfulNo(),
        t.editedInSite(),
        a.reviewBy() != null && !a.reviewBy().isAfter(today));
  }
}
