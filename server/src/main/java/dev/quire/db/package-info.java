/**
 * The embedded database (H2 + Flyway + Jdbi). Owns connections and migrations; knows no feature.
 */
package dev.quire.db;
