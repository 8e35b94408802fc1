/**
 * The search backend: one {@link dev.quire.search.LuceneIndex} per Quire index (BM25 + HNSW
 * vectors + metadata filters) and {@link dev.quire.search.HybridSearch} fusing the two rankings.
 * Knows nothing of HTTP, the database or how text was parsed; must not import dev.quire.ingest.
 */
package dev.quire.search;
