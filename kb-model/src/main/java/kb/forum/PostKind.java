package kb.forum;

/** A thread starts with a QUESTION; every ANSWER belongs to one. */
public enum PostKind {
  QUESTION,
  ANSWER
}
