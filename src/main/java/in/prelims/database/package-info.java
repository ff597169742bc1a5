/**
 * What the app needs from its database beyond the mappings: the same behaviour on H2 and PostgreSQL
 * (how long a statement waits for a row lock), the start-up check before migrating (a truncated H2
 * file or tables without history stop start-up) and readiness (the database takes a write, its disk
 * has room). See docs/operations.md for running on either.
 */
package in.prelims.database;
