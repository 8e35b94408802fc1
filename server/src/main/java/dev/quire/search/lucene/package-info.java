/**
 * The embedded search backend: one Lucene index folder per Quire index under the data directory
 * (BM25 with English analysis, HNSW vectors, metadata filters). Only
 * {@link dev.quire.search.SearchBackends} refers to this package; Lucene types stay inside it.
 */
package dev.quire.search.lucene;
