/** REST resources of the knowledge base: articles, translations and visitor feedback. */
package kb.api.articles;
