/**
 * Markdown in one place: Flexmark (CommonMark plus the GFM extensions) renders, then the OWASP
 * sanitizer cleans with the policy of who wrote it. Rendering happens once, on save; only the
 * sanitized result is ever shown unescaped.
 */
package kb.shared.markdown;
