/**
 * The parse API (/api/v2/parse): durable parse jobs, their worker pool and their stored results.
 * The parsers themselves live in dev.quire.ingest; this package must not import dev.quire.indexes
 * or dev.quire.search.
 */
package dev.quire.parse;
