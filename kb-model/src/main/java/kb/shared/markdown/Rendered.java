package kb.shared.markdown;

import java.util.List;

/** Sanitized HTML and the headings it contains (levels 2 and 3), in document order. */
public record Rendered(String html, List<Heading> headings) {}
