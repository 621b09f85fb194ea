package kb.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kb.shared.i18n.Locales;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Writes a document's title and body into the fields of its own language ({@code title_ru}, {@code
 * body_ru}, ...), each analyzed by that language's analyzer. One schema holds every language, and a
 * query searches the fields of the language it is written in.
 */
public final class LocalizedTextBinder implements TypeBinder {

  public static String title(String locale) {
    return "title_" + locale;
  }

  public static String body(String locale) {
    return "body_" + locale;
  }

  /** Title and body as one text, scored as one (BM25 over the whole article). */
  public static String all(String locale) {
    return "all_" + locale;
  }

  /** The words of title and body as typed, for spelling suggestions. */
  public static String words(String locale) {
    return "words_" + locale;
  }

  /** The unaccented copy of title and body, for the languages in {@link Analyzers#FOLDED}. */
  public static String folded(String locale) {
    return "folded_" + locale;
  }

  @Override
  public void bind(TypeBindingContext context) {
    context.dependencies().use("locale").use("title").use("body");
    Map<String, IndexFieldReference<String>> titles = new HashMap<>();
    Map<String, IndexFieldReference<String>> bodies = new HashMap<>();
    Map<String, IndexFieldReference<String>> folded = new HashMap<>();
    Map<String, IndexFieldReference<String>> alls = new HashMap<>();
    Map<String, IndexFieldReference<String>> words = new HashMap<>();
    for (String locale : Locales.SUPPORTED) {
      titles.put(locale, field(context, title(locale), locale));
      bodies.put(locale, field(context, body(locale), locale));
      alls.put(
          locale,
          context
              .indexSchemaElement()
              .field(all(locale), f -> f.asString().analyzer(Analyzers.of(locale)))
              .toReference());
      words.put(
          locale,
          context
              .indexSchemaElement()
              .field(words(locale), f -> f.asString().analyzer(Analyzers.WORDS))
              .toReference());
    }
    for (String locale : Analyzers.FOLDED) {
      folded.put(
          locale,
          context
              .indexSchemaElement()
              .field(folded(locale), f -> f.asString().analyzer(Analyzers.folded(locale)))
              .multiValued()
              .toReference());
    }
    context.bridge(ArticleDocument.class, new Bridge(titles, bodies, folded, alls, words));
  }

  private static IndexFieldReference<String> field(
      TypeBindingContext context, String name, String locale) {
    return context
        .indexSchemaElement()
        .field(
            name,
            f ->
                f.asString()
                    .analyzer(Analyzers.of(locale))
                    .highlightable(List.of(Highlightable.ANY)))
        .toReference();
  }

  private record Bridge(
      Map<String, IndexFieldReference<String>> titles,
      Map<String, IndexFieldReference<String>> bodies,
      Map<String, IndexFieldReference<String>> folded,
      Map<String, IndexFieldReference<String>> alls,
      Map<String, IndexFieldReference<String>> words)
      implements TypeBridge<ArticleDocument> {

    @Override
    public void write(
        DocumentElement target, ArticleDocument document, TypeBridgeWriteContext context) {
      IndexFieldReference<String> title = titles.get(document.getLocale());
      if (title == null) {
        return;
      }
      target.addValue(title, document.getTitle());
      target.addValue(bodies.get(document.getLocale()), document.getBody());
      String text = document.getTitle() + "\n" + document.getBody();
      target.addValue(alls.get(document.getLocale()), text);
      target.addValue(words.get(document.getLocale()), text);
      IndexFieldReference<String> copy = folded.get(document.getLocale());
      if (copy != null) {
        target.addValue(copy, document.getTitle());
        target.addValue(copy, document.getBody());
      }
    }
  }
}
