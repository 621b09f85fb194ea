package kb.articles;

/** What one import run did, for the start-up log and the editors' page. */
public record ImportReport(
    int files, int created, int updated, int unchanged, int conflicts, int broken, long millis) {

  @Override
  public String toString() {
    return "%d file(s): %d created, %d updated, %d unchanged, %d conflict(s), %d broken (%d ms)"
        .formatted(files, created, updated, unchanged, conflicts, broken, millis);
  }
}
