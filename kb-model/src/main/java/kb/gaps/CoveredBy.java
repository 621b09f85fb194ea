package kb.gaps;

/**
 * Who covered a gap: an editor who linked the article ({@code EDITOR}), the check run when any
 * article is published ({@code CHECK}), or a thread's accepted or official answer ({@code
 * COMMUNITY}).
 */
public enum CoveredBy {
  EDITOR,
  CHECK,
  COMMUNITY
}
