package kb.articles;

/** Fired, inside the voting transaction, when a visitor answers "Was this helpful?". */
public record FeedbackGiven(String slug, String locale, String visitor, boolean helpful) {}
