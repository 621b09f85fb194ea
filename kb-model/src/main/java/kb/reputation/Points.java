package kb.reputation;

import java.util.EnumMap;
import java.util.Map;
import kb.shared.config.KbConfig;

/**
 * The points each event is worth and the daily cap, read once from configuration ({@code
 * KB_REPUTATION_ANSWER_UPVOTED=10}, {@code KB_REPUTATION_DAILY_CAP=200}).
 */
public record Points(Map<ReputationEvent, Integer> byEvent, int dailyCap, int pairLimit) {

  public static final int DEFAULT_DAILY_CAP = 200;

  /**
   * How many point-earning votes or acceptances one account may give another in 30 days before
   * further ones earn nothing ({@code KB_REPUTATION_PAIR_LIMIT}): the sock-puppet discount.
   */
  public static final int DEFAULT_PAIR_LIMIT = 5;

  public static Points defaults() {
    Map<ReputationEvent, Integer> map = new EnumMap<>(ReputationEvent.class);
    for (ReputationEvent e : ReputationEvent.values()) {
      map.put(e, e.defaultPoints());
    }
    return new Points(map, DEFAULT_DAILY_CAP, DEFAULT_PAIR_LIMIT);
  }

  public static Points from(KbConfig config) {
    Map<ReputationEvent, Integer> map = new EnumMap<>(ReputationEvent.class);
    for (ReputationEvent e : ReputationEvent.values()) {
      map.put(e, config.integer(e.configKey(), e.defaultPoints()));
    }
    return new Points(
        map,
        config.integer("kb.reputation.daily-cap", DEFAULT_DAILY_CAP),
        config.integer("kb.reputation.pair-limit", DEFAULT_PAIR_LIMIT));
  }

  public int of(ReputationEvent event) {
    return byEvent.getOrDefault(event, 0);
  }

  /**
   * The points an event is worth today, given what capped events already earned today: positive
   * capped points are cut so the day's total never passes the cap.
   */
  public int allowed(ReputationEvent event, int points, int cappedToday) {
    if (!event.capped() || points <= 0) {
      return points;
    }
    return Math.max(0, Math.min(points, dailyCap - cappedToday));
  }
}
