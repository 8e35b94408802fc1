package dev.quire.search;

import java.util.Map;
import java.util.Random;

/** Builders for chunk docs in search tests. */
public final class TestChunks {
    private TestChunks() {
    }

    public static ChunkDoc doc(String chunkId, String fileId, int index, String content, float[] vector, Map<String, Object> metadata) {
        StoredChunk chunk = new StoredChunk(chunkId, fileId, index, index * 100, index * 100 + content.length(),
                content.split("\\s+").length, 1, 1, content, metadata);
        return new ChunkDoc(chunk, vector);
    }

    public static ChunkDoc doc(String chunkId, String fileId, int index, String content, float[] vector) {
        return doc(chunkId, fileId, index, content, vector, Map.of());
    }

    /** {@code doc} with a second embedding model's vector too. */
    public static ChunkDoc withSecondVector(ChunkDoc doc, float[] secondVector) {
        return new ChunkDoc(doc.chunk(), doc.vector(), secondVector);
    }

    /** {@code direction} plus Gaussian noise of scale {@code noise}. */
    public static float[] near(float[] direction, double noise, Random random) {
        float[] v = direction.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += (float) (random.nextGaussian() * noise);
        }
        return v;
    }

    public static float[] unit(int dimension, int axis) {
        float[] v = new float[dimension];
        v[axis] = 1;
        return v;
    }

    public static float[] random(int dimension, Random random) {
        float[] v = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }
}
