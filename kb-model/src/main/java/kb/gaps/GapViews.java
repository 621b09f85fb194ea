package kb.gaps;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the gap report shows: plain values, read by pages, REST and the CSV export alike. */
public final class GapViews {

  private GapViews() {}

  /** Which gaps to show: days [from, to], a language and a status (null: all), a minimum. */
  public record Filter(
      LocalDate from, LocalDate to, String locale, GapStatus status, int minSearches, Sort sort)
      implements java.io.Serializable {

    /** The period before, of the same length, that trends compare with. */
    LocalDate previousFrom() {
      return from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
    }
  }

  /** Orders of the report; {@code RANK} weighs searches, visitors, recency and trend. */
  public enum Sort {
    RANK,
    SEARCHES,
    USERS,
    RECENT,
    TREND
  }

  public record SampleQuery(String text, long count) implements java.io.Serializable {}

  /**
   * One gap over the chosen days. {@code trend} is the change in searches against the period
   * before, in per cent ({@code null} when there were none before); {@code daily} has one count per
   * day of the period, for the sparkline. A covered gap names its article and {@code coveredBy}
   * says whether an editor linked it or the check found it, or names the community thread ({@code
   * threadId}, {@code threadTitle}) whose answer covers it.
   */
  public record GapRow(
      long id,
      String label,
      String locale,
      GapStatus status,
      long searches,
      long users,
      long zeroResult,
      long noClick,
      long notHelpful,
      long escalations,
      Integer trend,
      double score,
      List<SampleQuery> sampleQueries,
      List<Integer> daily,
      String assignee,
      String articleSlug,
      CoveredBy coveredBy,
      Long threadId,
      String threadTitle,
      boolean verified,
      String note,
      String reason,
      OffsetDateTime firstSeen,
      OffsetDateTime lastSeen,
      long version)
      implements java.io.Serializable {}

  /** One query text over the chosen days. */
  public record QueryCount(String text, long searches, long failed)
      implements java.io.Serializable {}

  /** The dashboard cards over the chosen days and language. */
  public record Dashboard(
      long searches,
      long zeroResult,
      long clicked,
      long failed,
      List<QueryCount> topQueries,
      List<QueryCount> topFailing)
      implements java.io.Serializable {

    public double zeroResultRate() {
      return searches == 0 ? 0 : (double) zeroResult / searches;
    }

    public double clickThroughRate() {
      return searches == 0 ? 0 : (double) clicked / searches;
    }
  }

  /** What re-running a gap's searches found: how many of them rank the article in the top 3. */
  public record Verification(int found, int queries) implements java.io.Serializable {

    public boolean covers() {
      return queries > 0 && found * 2 > queries;
    }
  }
}
