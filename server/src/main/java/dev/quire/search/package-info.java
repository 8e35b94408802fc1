/**
 * Search: the {@link dev.quire.search.SearchBackend} / {@link dev.quire.search.ChunkIndex} interface,
 * filters, and {@link dev.quire.search.HybridSearch} fusing BM25 and vector rankings. One sub-package
 * per backend ({@code lucene} embedded, {@code solr} distributed); only {@link dev.quire.search.SearchBackends}
 * imports them, and no Lucene or Solr type appears outside them. Must not import dev.quire.ingest.
 */
package dev.quire.search;
