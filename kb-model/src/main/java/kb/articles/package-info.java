/**
 * The knowledge base: categories, articles (one slug, one translation per locale), the editorial
 * workflow with revisions, visitor feedback, and the importer that keeps {@code content/} and the
 * database in line without overwriting what editors changed in the site.
 */
package kb.articles;
