/**
 * The REST API (DESIGN §5): one resource class per feature under {@code kb.api.<feature>}, and in
 * {@code kb.api.shared} the mappers that turn every failure into a JSON error a person can read.
 */
package kb.api;
