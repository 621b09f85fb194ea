package kb.search;

/**
 * One result: what a result list shows, straight from the index. {@code snippet} is HTML-escaped
 * text with the matched words in {@code <mark>}; {@code fallback} marks an English article shown
 * because the reader's language has no match.
 */
public record SearchHit(
    String type,
    String id,
    String slug,
    String locale,
    String title,
    String snippet,
    String category,
    java.util.List<String> tags,
    boolean fallback) {

  public String url() {
    return ArticleDocument.QUESTION.equals(type) ? "/questions/" + slug : "/articles/" + slug;
  }
}
