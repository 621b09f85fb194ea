package kb.shared.markdown;

/** Whose Markdown it is, which decides how much HTML survives sanitizing. */
public enum Audience {
  /** Articles by editors: headings, tables, images and task lists. */
  EDITOR,
  /** Posts by anyone: no images, headings demoted, links marked nofollow/ugc. */
  COMMUNITY
}
