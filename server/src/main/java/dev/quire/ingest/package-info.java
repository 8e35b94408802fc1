/**
 * Turns uploaded bytes into text and embeddings: parse ({@link dev.quire.ingest.Parser}),
 * chunk ({@link dev.quire.ingest.Chunker}), embed ({@link dev.quire.ingest.Embedder}).
 * Knows nothing of HTTP, the database or Lucene; must not import dev.quire.search.
 */
package dev.quire.ingest;
