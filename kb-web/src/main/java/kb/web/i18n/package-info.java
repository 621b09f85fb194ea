/**
 * Languages in the web tier: which one a request is in, the switcher that changes it, and the
 * resource bundle every page and error message is read from.
 */
package kb.web.i18n;
