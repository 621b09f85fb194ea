/**
 * The editors' workspace: the article list with its filters, the Markdown editor with live preview
 * and workflow buttons, revision history with diff and restore, translations, import conflicts and
 * the queue of visitor comments.
 */
package kb.web.editor;
