package dev.quire.ingest;

import java.util.List;

/**
 * Turns text into unit-length vectors for cosine search.
 *
 * <pre>{@code
 * List<float[]> vectors = embedder.embedAll(chunkTexts); // same order as the input
 * float[] query = embedder.embedQuery("what is the refund policy?");
 * }</pre>
 *
 * <p>Documents and queries are embedded differently where the model asks for it (bge prefixes
 * queries with an instruction), so always embed queries with {@link #embedQuery}.
 */
public interface Embedder {
    String modelName();

    int dimension();

    /** One vector per text, in input order. */
    List<float[]> embedAll(List<String> texts);

    float[] embedQuery(String query);
}
