/**
 * The page cache: anonymous GETs of the public pages (home, category, article, search results)
 * rendered once per URL and language and served from memory until the content they show changes.
 */
package kb.web.cache;
