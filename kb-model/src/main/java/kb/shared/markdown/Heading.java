package kb.shared.markdown;

/** A heading of a rendered document, for its table of contents. */
public record Heading(int level, String id, String text) {}
