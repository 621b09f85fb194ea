package kb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PendingSearchesTest {

  private static final OffsetDateTime T0 =
      OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final Searcher ANA = new Searcher("v-ana", null, "ANONYMOUS", false, false);
  private static final Searcher BEN = new Searcher("v-ben", null, "ANONYMOUS", false, false);

  private final AtomicLong ids = new AtomicLong(100);
  private final PendingSearches pending = new PendingSearches(3, ids::incrementAndGet);

  private long add(Searcher who, String query, OffsetDateTime at) {
    return pending.add(who, "api", query, "en", 1, "", at);
  }

  @Test
  void keystrokesWithinTheWindowAreOneRowWithTheLastText() {
    long first = add(ANA, "ref", T0);
    long second = add(ANA, "refund", T0.plusSeconds(1));
    long third = add(ANA, "refund late", T0.plusSeconds(2));
    assertEquals(first, second);
    assertEquals(first, third);
    List<PendingSearches.Row> rows = pending.drain(100);
    assertEquals(1, rows.size());
    assertTrue(rows.get(0).insert(), "queued together: one insert with the last text");
    assertEquals("refund late", rows.get(0).query());
  }

  @Test
  void aRefinementOfAWrittenRowIsAnUpdate() {
    long id = add(ANA, "ref", T0);
    pending.drain(100);
    assertEquals(id, add(ANA, "refund", T0.plusSeconds(1)));
    PendingSearches.Row row = pending.drain(100).get(0);
    assertEquals(id, row.id());
    assertEquals(false, row.insert());
  }

  @Test
  void otherVisitorsLaterSearchesAndClickedSearchesStartNewRows() {
    long ana = add(ANA, "refund", T0);
    assertNotEquals(ana, add(BEN, "refund", T0), "another visitor");
    assertNotEquals(ana, add(ANA, "refund late", T0.plus(SearchLog.MERGE_WINDOW).plusSeconds(1)));
    long again = add(ANA, "gift", T0.plusSeconds(20));
    pending.drain(100);
    pending.clicked(ANA.visitor(), again);
    assertNotEquals(again, add(ANA, "gift card", T0.plusSeconds(21)), "clicked: a new search");
  }

  @Test
  void aFullQueueDropsAndCountsInsteadOfWaiting() {
    for (int i = 0; i < 5; i++) {
      add(new Searcher("v" + i, null, "ANONYMOUS", false, false), "q" + i, T0);
    }
    assertEquals(3, pending.queued());
    assertEquals(2, pending.dropped());
  }
}
