package kb.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;

/**
 * Words that carry little of what a customer is asking about: function words, pronouns, question
 * words and negations ("not", "my", "where", "не", "değil", "không"). They still count in a search,
 * at a low weight, so "refund not received" is about the refund, not about every article with "not"
 * in it. Lucene's stop lists per language, plus the question words and pronouns customers type that
 * those lists leave out; Vietnamese has no Lucene list and is given one here. Compared lower-cased
 * and without diacritics, so "khong" is as weak as "không".
 */
final class WeakWords {

  private static final Map<String, Set<String>> BY_LOCALE =
      Map.of(
          "en",
          of(
              EnglishAnalyzer.ENGLISH_STOP_WORDS_SET,
              List.of(
                  "i", "im", "me", "my", "mine", "you", "your", "we", "our", "us", "he", "she",
                  "his", "her", "its", "what", "where", "when", "how", "why", "which", "who", "can",
                  "could", "do", "does", "did", "dont", "doesnt", "didnt", "cant", "wont", "have",
                  "has", "had", "am", "was", "were", "been", "would", "should", "never", "any",
                  "some", "so", "just", "still", "all", "from", "about", "than", "t", "s")),
          "ru",
          of(
              RussianAnalyzer.getDefaultStopSet(),
              List.of("мою", "моё", "моего", "мои", "моих", "почему", "ли", "это")),
          "uk",
          of(
              UkrainianMorfologikAnalyzer.getDefaultStopwords(),
              List.of("мій", "моя", "моє", "мою", "мої", "коли", "де", "як", "чому", "не")),
          "tr",
          of(
              TurkishAnalyzer.getDefaultStopSet(),
              List.of(
                  "miyim", "mıyım", "muyum", "müyüm", "mi", "mı", "yok", "değil", "nerde", "benim",
                  "bana", "nasıl", "zaman")),
          "vi",
          of(
              CharArraySet.EMPTY_SET,
              List.of(
                  "tôi", "mình", "em", "anh", "chị", "bạn", "của", "là", "có", "không", "chưa",
                  "được", "và", "thì", "mà", "này", "đó", "cho", "với", "các", "những", "một",
                  "bao", "nhiêu", "khi", "nào", "ở", "đâu", "sao", "gì", "thế", "làm", "đã", "sẽ",
                  "bị", "rồi", "nhé", "ạ", "vậy", "hay", "hoặc", "để", "thể")));

  private WeakWords() {}

  static boolean isWeak(String locale, String word) {
    Set<String> weak = BY_LOCALE.get(locale);
    return weak != null && weak.contains(key(word));
  }

  private static Set<String> of(CharArraySet lucene, List<String> more) {
    Set<String> out = new HashSet<>();
    for (Object w : lucene) {
      out.add(key(new String((char[]) w)));
    }
    more.forEach(w -> out.add(key(w)));
    return Set.copyOf(out);
  }

  private static String key(String word) {
    String lower =
        word.toLowerCase(Locale.ROOT).replace('ı', 'i').replace('đ', 'd').replaceAll("['’]", "");
    return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
