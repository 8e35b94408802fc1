package dev.quire.search;

/**
 * A search result. Scores are only comparable within one ranking: BM25 is unbounded, vector
 * scores are cosine (1 + cos) / 2 in [0, 1], and fused scores depend on the {@link Fusion}.
 *
 * @param secondVector the chunk's second-model vector as indexed ({@link ChunkDoc#secondVector()}), or
 *                     null when it has none; fusion scores candidates with it, responses never show it
 */
public record Hit(StoredChunk chunk, double score, float[] secondVector) {

    public Hit(StoredChunk chunk, double score) {
        this(chunk, score, null);
    }
}
