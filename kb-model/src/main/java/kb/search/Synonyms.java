package kb.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Groups of words and phrases that mean the same to a searcher, per language ("refund", "money
 * back"). Applied at query time: when a query contains one member of a group, the other members are
 * searched too. Matching compares analyzed tokens, so "посылки" matches the group of "посылка".
 */
public final class Synonyms {

  public static final Synonyms NONE = new Synonyms(Map.of());

  private final Map<String, List<List<String>>> groups;

  /** Analyzed phrases, per locale and phrase: analyzed once, not on every search. */
  private final Map<String, List<String>> analyzed = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param groups per locale, each group a list of two or more phrases
   */
  public Synonyms(Map<String, List<List<String>>> groups) {
    this.groups = Map.copyOf(groups);
  }

  /** Whether these are the given groups (a reload that found nothing new). */
  boolean hasGroups(Map<String, List<List<String>>> other) {
    return groups.equals(Map.copyOf(other));
  }

  public List<List<String>> groups(String locale) {
    return groups.getOrDefault(locale, List.of());
  }

  /**
   * The phrases to search in addition to the query: the other members of every group one of whose
   * members occurs in it. {@code analyze} turns text into the tokens the index holds.
   */
  public List<String> expansions(
      String query, String locale, BiFunction<String, String, List<String>> analyze) {
    Set<String> out = new LinkedHashSet<>();
    matches(query, locale, "", analyze)
        .forEach(
            (group, matched) -> group.stream().filter(p -> !matched.contains(p)).forEach(out::add));
    return List.copyOf(out);
  }

  /**
   * The groups a query uses, each named by its first phrase: "where is my money back" and "refund
   * late" both use the group "refund", which is how the gap report sees they mean the same.
   */
  public List<String> groupsUsed(
      String query,
      String locale,
      String analyzer,
      BiFunction<String, String, List<String>> analyze) {
    return matches(query, locale, analyzer, analyze).keySet().stream().map(g -> g.get(0)).toList();
  }

  /**
   * Each group with a phrase in the query, with the phrases found. {@code analyzer} names the
   * analysis for the cache of analyzed phrases ("" for the search analyzer of the language).
   */
  private Map<List<String>, List<String>> matches(
      String query,
      String locale,
      String analyzer,
      BiFunction<String, String, List<String>> analyze) {
    List<String> queryTokens = analyze.apply(locale, query);
    Map<List<String>, List<String>> out = new java.util.LinkedHashMap<>();
    for (List<String> group : groups(locale)) {
      List<String> matched = new ArrayList<>();
      for (String phrase : group) {
        List<String> tokens =
            analyzed.computeIfAbsent(
                analyzer + '\u0000' + locale + '\u0000' + phrase,
                k -> analyze.apply(locale, phrase));
        if (!tokens.isEmpty() && Collections.indexOfSubList(queryTokens, tokens) >= 0) {
          matched.add(phrase);
        }
      }
      if (!matched.isEmpty()) {
        out.put(group, matched);
      }
    }
    return out;
  }
}
