/**
 * Full-text search over the knowledge base: Hibernate Search's standalone POJO mapper over a local
 * Lucene index, one analyzer per language, indexing driven by domain events after commit, and the
 * search log that the gap report is built from. The database stays the source of truth; the index
 * can always be rebuilt from it.
 */
package kb.search;
