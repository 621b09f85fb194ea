package kb.articles;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kb.shared.markdown.Heading;

/** The read models the knowledge base hands to pages and the API: plain records, no entities. */
public final class Views {

  private Views() {}

  /** A category with its name in the reader's language and how many articles it holds. */
  public record CategoryView(String id, String name, long articles) {}

  /**
   * An article in a list. {@code fallback} marks an English text shown for a missing translation.
   */
  public record ArticleSummary(
      String slug,
      String locale,
      String title,
      String categoryId,
      String categoryName,
      OffsetDateTime updatedAt,
      boolean fallback,
      long views,
      OffsetDateTime changedAt) {}

  /** Everything the article page and {@code GET /articles/{slug}} show. */
  public record ArticlePage(
      String slug,
      String locale,
      String title,
      String html,
      String markdown,
      List<Heading> headings,
      String categoryId,
      String categoryName,
      List<String> tags,
      OffsetDateTime updatedAt,
      long version,
      List<String> translations,
      int helpfulYes,
      int helpfulNo,
      boolean fallback,
      Status status,
      String owner,
      LocalDate reviewBy) {}

  /** A row of the editor workspace. */
  public record EditorRow(
      String slug,
      String locale,
      String title,
      Status status,
      String owner,
      LocalDate reviewBy,
      OffsetDateTime updatedAt,
      long views,
      int helpfulYes,
      int helpfulNo,
      boolean editedInSite,
      boolean reviewDue) {

    /** Share of "yes" among the helpful votes, or -1 without votes. */
    public int helpfulPercent() {
      int votes = helpfulYes + helpfulNo;
      return votes == 0 ? -1 : Math.round(100f * helpfulYes / votes);
    }
  }

  /** A revision in the history list. */
  public record RevisionView(
      int number,
      String title,
      Status status,
      String author,
      String note,
      OffsetDateTime createdAt) {}

  /** One line of a diff between two revisions. */
  public record DiffLine(Kind kind, String text) {
    /** Whether the line was kept, removed or added. */
    public enum Kind {
      SAME,
      REMOVED,
      ADDED
    }
  }

  /** A translation's state against the English source, for the translation view. */
  public record TranslationState(
      String locale, String title, Status status, OffsetDateTime updatedAt, boolean outdated) {}

  /** A "what was missing" comment waiting in an owner's queue. */
  public record FeedbackItem(
      long id,
      String slug,
      String locale,
      String title,
      boolean helpful,
      String comment,
      OffsetDateTime createdAt) {}

  /** An import problem, for editors. */
  public record ConflictView(
      long id,
      String path,
      String slug,
      String locale,
      ImportConflict.Kind kind,
      String detail,
      OffsetDateTime detectedAt) {}
}
