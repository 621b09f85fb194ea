/**
 * The database: a data source that chooses H2 or PostgreSQL from configuration, and the Flyway
 * migrations that own the schema.
 */
package kb.shared.persistence;
