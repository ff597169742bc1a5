/**
 * What the app needs from its database beyond the mappings: the same behaviour on H2 and PostgreSQL
 * (how long a statement waits for a row lock). See docs/operations.md for running on either.
 */
package in.prelims.database;
