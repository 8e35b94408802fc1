/**
 * The embedded database (SQLite + Flyway + Jdbi). Owns connections and migrations; knows no feature.
 */
package dev.quire.db;
