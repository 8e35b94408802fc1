package dev.quire.search;

/** A chunk to index: what is stored, plus its embedding. */
public record ChunkDoc(StoredChunk chunk, float[] vector) {
    public ChunkDoc {
        if (chunk == null || vector == null || vector.length == 0) {
            throw new IllegalArgumentException("a chunk doc needs a chunk and a vector");
        }
    }
}
