/** {@code /search}: full-text search for scripts and widgets, and the click log behind it. */
package kb.api.search;
