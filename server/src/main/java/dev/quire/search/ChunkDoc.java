package dev.quire.search;

/**
 * A chunk to index: what is stored, plus its embedding and, when the server runs a second embedding
 * model (an ensemble: see {@link HybridQuery#secondVector()}), that model's vector too.
 *
 * @param secondVector the second model's vector, or null: chunks indexed without a second model, or
 *                     before the server had one, have none, and rank without its vote
 */
public record ChunkDoc(StoredChunk chunk, float[] vector, float[] secondVector) {
    public ChunkDoc {
        if (chunk == null || vector == null || vector.length == 0) {
            throw new IllegalArgumentException("a chunk doc needs a chunk and a vector");
        }
        if (secondVector != null && secondVector.length == 0) {
            throw new IllegalArgumentException("a second vector must not be empty");
        }
    }

    /** A chunk with no second model's vector. */
    public ChunkDoc(StoredChunk chunk, float[] vector) {
        this(chunk, vector, null);
    }
}
