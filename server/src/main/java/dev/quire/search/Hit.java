package dev.quire.search;

import java.util.Arrays;
import java.util.Objects;

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

    /** Equal hits have equal vectors, not the same array (a record compares arrays by identity). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Hit h && chunk.equals(h.chunk) && Double.compare(score, h.score) == 0
                && Arrays.equals(secondVector, h.secondVector);
    }

    @Override
    public int hashCode() {
        return Objects.hash(chunk, score, Arrays.hashCode(secondVector));
    }
}
