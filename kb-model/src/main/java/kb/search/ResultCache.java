package kb.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The results of recent searches, for the many customers who type the same few questions. A result
 * is used only while the index generation and the synonym set it was computed with are current, so
 * a published article shows in the next search; the least recently used are dropped past a bound.
 */
final class ResultCache {

  record Key(String query, String locale, SearchFilters filters, int size, boolean snippets) {}

  private record Entry(long generation, Synonyms synonyms, SearchResults results) {}

  private final Map<Key, Entry> entries;

  ResultCache(int max) {
    entries =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > max;
          }
        };
  }

  SearchResults get(Key key, long generation, Synonyms synonyms) {
    Entry e;
    synchronized (entries) {
      e = entries.get(key);
    }
    return e != null && e.generation() == generation && e.synonyms() == synonyms
        ? e.results()
        : null;
  }

  void put(Key key, long generation, Synonyms synonyms, SearchResults results) {
    synchronized (entries) {
      entries.put(key, new Entry(generation, synonyms, results));
    }
  }
}
