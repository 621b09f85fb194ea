/**
 * The JSF side of the site: one sub-package per feature with its views' backing beans, plus the
 * pieces every page shares (the current user, form errors).
 */
package kb.web;
