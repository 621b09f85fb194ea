package kb.search;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.standalone.mapping.StandalonePojoMappingConfigurer;

/** The programmatic mapping of what the index holds (no annotations on the documents). */
public final class MappingConfigurer implements StandalonePojoMappingConfigurer {

  /**
   * Bump when the mapping or an analyzer changes: an index written with another version is rebuilt
   * from the database at startup.
   */
  public static final String VERSION = "9";

  @Override
  public void configure(StandalonePojoMappingConfigurationContext context) {
    context.addEntityType(ArticleDocument.class, "Article");
    TypeMappingStep article = context.programmaticMapping().type(ArticleDocument.class);
    article.indexed().index("articles");
    article.property("id").documentId();
    article.property("type").keywordField().projectable(Projectable.YES).aggregable(Aggregable.YES);
    article.property("slug").keywordField().projectable(Projectable.YES);
    article.property("locale").keywordField().projectable(Projectable.YES);
    article
        .property("category")
        .keywordField()
        .projectable(Projectable.YES)
        .aggregable(Aggregable.YES);
    article
        .property("title")
        .keywordField("title")
        .projectable(Projectable.YES)
        .searchable(Searchable.NO);
    article
        .property("tags")
        .fullTextField("tags")
        .analyzer(Analyzers.DEFAULT)
        .keywordField("tag")
        .projectable(Projectable.YES)
        .aggregable(Aggregable.YES);
    article
        .property("embedding")
        .vectorField(Embeddings.DIMENSION)
        .vectorSimilarity(VectorSimilarity.COSINE)
        .projectable(Projectable.YES);
    article.binder(new LocalizedTextBinder());
  }
}
