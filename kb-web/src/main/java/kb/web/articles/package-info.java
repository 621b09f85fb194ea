/**
 * The help center's pages: home, categories, articles with feedback, the simple search page, and
 * the editor workspace (list, editor with preview, history, translations, conflicts).
 */
package kb.web.articles;
