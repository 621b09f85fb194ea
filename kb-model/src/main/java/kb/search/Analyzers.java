package kb.search;

import kb.shared.i18n.Locales;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
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
        .tokenFilter(SnowballPorterFilterFactory.class)
        .param("language", "Turkish");
    // Vietnamese words are space-separated syllables: keep them, and add an unaccented copy so
    // that a query typed without diacritics ("doi tra") still finds "đổi trả".
    context
        .analyzer(of("vi"))
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class)
        .param("preserveOriginal", "true");
    context
        .analyzer(DEFAULT)
        .custom()
        .tokenizer(StandardTokenizerFactory.class)
        .tokenFilter(LowerCaseFilterFactory.class)
        .tokenFilter(ASCIIFoldingFilterFactory.class);
  }
}
