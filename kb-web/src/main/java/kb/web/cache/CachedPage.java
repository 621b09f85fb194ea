package kb.web.cache;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;
import kb.search.SearchResults;

/**
 * One rendered page as the cache keeps it: its bytes (for a results page, split around the search
 * id, which differs per request), what it depends on, and what serving it must still do.
 *
 * @param parts the body; a results page has one part more than it has search-id slots
 * @param articles the article generation it was rendered at
 * @param threads the thread generation it was rendered at, or -1 when it shows no threads
 * @param search for a results page, the search to log each time it is served
 * @param view for an article page, the translation whose view each serving counts
 */
record CachedPage(
    List<byte[]> parts,
    String contentType,
    String etag,
    Instant created,
    long articles,
    long threads,
    Search search,
    View view) {

  /** The search a results page shows: logged again for every visitor it is served to. */
  record Search(SearchResults results, String locale) {}

  /** The translation an article page shows. */
  record View(String slug, String locale) {}

  static CachedPage of(
      byte[] body, String contentType, long articles, long threads, Search search, View view) {
    List<byte[]> parts = search == null ? List.of(body) : split(body, PageCache.SEARCH_ID_SLOT);
    CRC32C crc = new CRC32C();
    crc.update(body);
    String etag = "\"" + Long.toHexString(crc.getValue()) + "-" + body.length + "\"";
    return new CachedPage(parts, contentType, etag, Instant.now(), articles, threads, search, view);
  }

  int length(String searchId) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    return n + (parts.size() - 1) * searchId.getBytes(StandardCharsets.UTF_8).length;
  }

  private static List<byte[]> split(byte[] body, String slot) {
    byte[] marker = slot.getBytes(StandardCharsets.UTF_8);
    List<byte[]> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i <= body.length - marker.length; i++) {
      if (Arrays.equals(body, i, i + marker.length, marker, 0, marker.length)) {
        out.add(Arrays.copyOfRange(body, from, i));
        from = i + marker.length;
        i = from - 1;
      }
    }
    out.add(Arrays.copyOfRange(body, from, body.length));
    return out;
  }
}
