package dev.quire.search;

/**
 * A search result. Scores are only comparable within one ranking: BM25 is unbounded, vector
 * scores are cosine (1 + cos) / 2 in [0, 1], and fused scores depend on the {@link Fusion}.
 */
public record Hit(StoredChunk chunk, double score) {
}
