/**
 * What the JSF views and the REST resources share: who is acting ({@link
 * kb.web.shared.CurrentActor}). Both {@code kb.web} and {@code kb.api} use it; it imports neither.
 */
package kb.web.shared;
