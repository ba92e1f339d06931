/**
 * The database schema, owned by Flyway: the migrations under {@code db/migration} of every module are
 * applied together, in version order, when the application starts, before anything reads or writes data.
 * Hibernate never changes the schema.
 */
package app.rolewise.schema;
