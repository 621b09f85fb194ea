/**
 * What every feature shares: configuration, the database connection and schema, validation failures
 * that carry a message key, and (in sub-packages) Markdown rendering.
 */
package kb.shared;
