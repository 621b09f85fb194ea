/**
 * Failures a person can act on (invalid input, not found, forbidden, conflict), each carrying a
 * message key that the web tier translates, and the text clean-up every form shares.
 */
package kb.shared.validation;
