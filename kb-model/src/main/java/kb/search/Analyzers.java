package kb.search;

import kb.shared.i18n.Locales;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilterFactory;
import org.apache.lucene.analysis.snowball.SnowballPorterFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tr.ApostropheFilterFactory;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilterFactory;
import org.apache.lucene.analysis.uk.UkrainianMorfologikAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Every analyzer the index uses, defined once: one per supported language and a default for
 * everything else. Query text goes through the same analyzer as the field it searches, so a Russian
 * query is stemmed as Russian and a Ukrainian one is lemmatized by Morfologik.
 */
public final class Analyzers implements LuceneAnalysisConfigurer {

  public static final String DEFAULT = "kb_default";

  /** Words as typed (lower-cased, not stemmed): the vocabulary "did you mean" draws from. */
  public static final String WORDS = "kb_words";

  /** Languages whose readers often type without diacritics ("sifre", "doi tra"). */
  public static final java.util.List<String> FOLDED = java.util.List.of("tr", "vi");

  /**
   * The unaccented Turkish copy keeps only a word's first letters: Snowball leaves short words and
   * their suffixed forms apart ("iade" becomes "ia", "iadesi" becomes "iades"), while a fixed
   * prefix joins them, the approach Can et al. (2008) found to work as well as a stemmer for
   * Turkish.
   */
  static final int TURKISH_PREFIX = 4;

  /** The analyzer of the unaccented copy of a language's text. */
  public static String folded(String locale) {
    return "kb_" + locale + "_folded";
  }

  /** The analyzer name for a supported locale ({@code kb_en}, {@code kb_ru}, ...). */
  public static String of(String locale) {
    return Locales.isSupported(locale) ? "kb_" + locale : DEFAULT;
  }

  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context
        .analyzer(of("en"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(EnglishPossessiveFilterFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .tokenFilter(PorterStemFilterFactory.class);
    context
        .analyzer(of("ru"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(SnowballPorterFilterFactory.class)
        .param("language", "Russian");
    context.analyzer(of("uk")).instance(new UkrainianMorfologikAnalyzer());
    context
        .analyzer(of("tr"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(ApostropheFilterFactory.class)
        .tokenFilter(TurkishLowerCaseFilterFactory.class)
        .tokenFilter(StopFilterFactory.class)
        .param("words", "org/apache/lucene/analysis/tr/stopwords.txt")
        .tokenFilter(SnowballPorterFilterFactory.class)
        .param("language", "Turkish");
    // Vietnamese words are space-separated syllables: keep them with their tones, which tell
    // words apart ("mã", "má", "mà"); the folded copy below serves queries typed without them.
    context
        .analyzer(of("vi"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class);
    context
        .analyzer(folded("vi"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
    context
        .analyzer(folded("tr"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(ApostropheFilterFactory.class)
        .tokenFilter(TurkishLowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .tokenFilter(TruncateTokenFilterFactory.class)
        .param("prefixLength", String.valueOf(TURKISH_PREFIX));
    context
        .analyzer(WORDS)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class);
    context
        .analyzer(DEFAULT)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
