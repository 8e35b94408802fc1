package dev.quire.search;

import java.util.List;

/** Argument checks every {@link ChunkIndex} makes, with the same messages on every backend. */
public final class ChunkChecks {
    /** Widest vector an index holds: remote models reach 1536 or 3072 dimensions. */
    public static final int MAX_DIMENSIONS = 4096;

    private ChunkChecks() {
    }

    public static void dimension(int dimension) {
        if (dimension < 1 || dimension > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("dimension must be in [1, " + MAX_DIMENSIONS + "]: " + dimension);
        }
    }

    /** Every doc belongs to {@code fileId} and has a vector of the index's dimension. */
    public static void docs(String fileId, List<ChunkDoc> docs, int dimension) {
        for (ChunkDoc doc : docs) {
            if (!doc.chunk().fileId().equals(fileId)) {
                throw new IllegalArgumentException("chunk " + doc.chunk().chunkId() + " belongs to file "
                        + doc.chunk().fileId() + ", not " + fileId);
            }
            if (doc.vector().length != dimension) {
                throw new IllegalArgumentException("chunk " + doc.chunk().chunkId() + " has a " + doc.vector().length
                        + "-dimension vector; this index holds " + dimension);
            }
        }
    }

    public static void queryVector(float[] vector, int dimension) {
        if (vector.length != dimension) {
            throw new IllegalArgumentException("query vector has " + vector.length + " dimensions; index holds " + dimension);
        }
    }

    public static void k(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
    }
}
