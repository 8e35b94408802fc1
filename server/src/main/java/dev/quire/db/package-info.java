/**
 * The metadata database: embedded SQLite by default, PostgreSQL when {@link dev.quire.db.DatabaseSettings}
 * name one (Flyway + Jdbi on either). Owns connections and migrations; knows no feature. Store SQL must run
 * unchanged on both: every store has one contract suite that runs against each.
 */
package dev.quire.db;
