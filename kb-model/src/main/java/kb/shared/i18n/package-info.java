/** The supported languages and how a language tag maps onto them. */
package kb.shared.i18n;
