package kb.articles;

import java.util.EnumSet;
import java.util.Set;

/** Where a translation is in the editorial workflow, and where it may go next. */
public enum Status {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  ARCHIVED;

  public Set<Status> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(IN_REVIEW, PUBLISHED, ARCHIVED);
      case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
      case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
      case ARCHIVED -> EnumSet.of(DRAFT, PUBLISHED);
    };
  }

  public boolean canMoveTo(Status target) {
    return target == this || next().contains(target);
  }
}
