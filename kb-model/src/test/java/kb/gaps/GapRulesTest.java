package kb.gaps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import kb.gaps.GapViews.Verification;
import kb.search.FollowUp;
import kb.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;

/** What counts as a failed search, the gap workflow, verification and ranking. */
class GapRulesTest {

  static final OffsetDateTime T = OffsetDateTime.of(2026, 11, 1, 12, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aSearchFailsWithNoHitsNoClickOrAFollowUpThatShowsItDidNotHelp() {
    assertTrue(Outcome.of(0, null, null).zeroResult());
    assertTrue(Outcome.of(0, null, null).failed());
    assertTrue(Outcome.of(4, null, null).noClick());
    assertFalse(Outcome.of(4, "article:x:en", null).failed());
    assertTrue(Outcome.of(4, "article:x:en", null).clicked());
    Outcome voted = Outcome.of(4, "article:x:en", FollowUp.NOT_HELPFUL);
    assertTrue(voted.failed() && voted.notHelpful() && !voted.escalated());
    Outcome asked = Outcome.of(0, null, FollowUp.ASKED);
    assertTrue(asked.zeroResult() && asked.escalated());
    assertTrue(Outcome.of(3, "article:x:en", FollowUp.ESCALATED).escalated());
  }

  @Test
  void aGapIsPlannedCoveredDismissedWithAReasonAndReopened() {
    Gap gap = new Gap("en", "gift wrapping", T);
    assertEquals(GapStatus.OPEN, gap.status());
    gap.plan("editor", "gift-wrapping", T.plusHours(1));
    assertEquals(GapStatus.PLANNED, gap.status());
    assertEquals("editor", gap.assignee());
    assertEquals("gift-wrapping", gap.articleSlug());
    gap.cover("gift-wrapping", true, "3/4", CoveredBy.EDITOR, T.plusHours(2));
    assertTrue(gap.verified());
    assertEquals(CoveredBy.EDITOR, gap.coveredBy());
    gap.reopen("gap.note.failingAgain", T.plusHours(3));
    assertFalse(gap.verified());
    assertNull(gap.coveredBy(), "an open gap is covered by no one");
    gap.coverByThread(42, "2/3", T.plusHours(3));
    assertEquals(GapStatus.COVERED, gap.status());
    assertEquals(CoveredBy.COMMUNITY, gap.coveredBy());
    assertEquals(42L, gap.threadId());
    assertTrue(gap.verified());
    gap.reopen(null, T.plusHours(3));
    assertNull(gap.threadId());
    assertEquals(GapStatus.OPEN, gap.status());
    assertThrows(InvalidInput.class, () -> gap.dismiss("  ", T));
    assertThrows(InvalidInput.class, () -> gap.dismiss("x".repeat(501), T));
    gap.dismiss("We do not offer gift wrapping.", T.plusHours(4));
    assertEquals(GapStatus.DISMISSED, gap.status());
    assertEquals("We do not offer gift wrapping.", gap.reason());
    gap.reopen(null, T.plusHours(5));
    assertNull(gap.reason());
  }

  @Test
  void anArticleCoversAGapWhenItIsTopThreeForMostOfItsSearches() {
    assertTrue(new Verification(3, 4).covers());
    assertTrue(new Verification(2, 3).covers());
    assertFalse(new Verification(2, 4).covers(), "half is not most");
    assertFalse(new Verification(0, 0).covers(), "a gap without searches is not verified");
  }

  @Test
  void rankingWeighsPeopleRecencyAndTrend() {
    LocalDate to = LocalDate.of(2026, 11, 30);
    GapReport.Totals fresh = new GapReport.Totals(1, 10, 10, 10, 5, 5, 0, 0, to);
    GapReport.Totals stale = new GapReport.Totals(2, 10, 10, 10, 5, 5, 0, 0, to.minusDays(14));
    assertEquals(fresh.score(to) / 4, stale.score(to), 1e-9, "two weeks idle: a quarter");
    GapReport.Totals oneRetrier = new GapReport.Totals(3, 10, 10, 1, 5, 5, 0, 0, to);
    assertTrue(fresh.score(to) > oneRetrier.score(to), "ten people beat one person ten times");
    GapReport.Totals rising = new GapReport.Totals(4, 10, 0, 10, 5, 5, 0, 0, to);
    assertEquals(2.0, rising.trendFactor(), 1e-9);
    assertTrue(rising.score(to) > fresh.score(to));
  }

  @Test
  void aQueryJoinsOnlyAGapWhoseCoreIsLikeIt() {
    GapClusters clusters = new GapClusters(t -> t.startsWith(GapTerms.GROUP) ? 2.0 : 1.0);
    clusters.load(1, Map.of("≈refund", 3L, "late", 2L, "paypal", 1L), 3);
    assertEquals(1L, clusters.find(Set.of("≈refund", "late")).orElseThrow());
    assertEquals(1L, clusters.find(Set.of("≈refund")).orElseThrow(), "paypal is not core");
    assertTrue(clusters.find(Set.of("paypal", "voucher")).isEmpty());
    clusters.load(2, Map.of("engraving", 2L), 2);
    assertEquals(2L, clusters.find(Set.of("engarving")).orElseThrow(), "a typo joins its word");
  }
}
