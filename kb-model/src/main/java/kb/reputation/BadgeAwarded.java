package kb.reputation;

/** Fired after a badge award commits, for the member's notification. */
public record BadgeAwarded(long accountId, Badge badge, long sourceId) {}
