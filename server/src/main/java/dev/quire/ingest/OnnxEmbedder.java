package dev.quire.ingest;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * A local embedding model (int8 ONNX, 384 dimensions) in process through langchain4j, from the model its
 * jar ships: no network, ever. Two models: bge-small-en-v1.5, the server's embedder (vectors are the [CLS]
 * state, L2-normalised; the unquantized model was measured no better on SciFact retrieval: nDCG@10 0.701 vs
 * 0.704 vector-only, at half the speed), and all-MiniLM-L6-v2 (mean-pooled, L2-normalised; half bge's
 * layers), the second model whose vote joins hybrid fusion (see {@code HybridQuery#secondVector}).
 *
 * <pre>{@code
 * ExecutorService embedWorkers = Executors.newFixedThreadPool(2);   // owned by the caller
 * Embedder embedder = OnnxEmbedder.bgeSmall(embedWorkers);      // thread-safe: share one
 * }</pre>
 *
 * <p>One text per ONNX call, texts spread over {@code workers}, longest first so the workers
 * finish together. Padded batches were measured slower on CPU and, because the int8 model
 * quantizes activations with one scale per batch, made a text's vector depend on its neighbours;
 * one text per call is exact and reproducible. Texts over 510 tokens are embedded in windows and
 * averaged (langchain4j's behaviour); default chunks (at most 500 tokens) never need that.
 */
public final class OnnxEmbedder implements Embedder {
    /** bge's instruction for short queries searching passages; passages get no prefix. */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final EmbeddingModel model;
    private final String name;
    private final String queryPrefix;

    private OnnxEmbedder(EmbeddingModel model, String name, String queryPrefix) {
        this.model = model;
        this.name = name;
        this.queryPrefix = queryPrefix;
    }

    /** bge-small-en-v1.5 (int8). It loads once per JVM (a langchain4j static), on first construction: ~1 s. */
    public static OnnxEmbedder bgeSmall(Executor workers) {
        return new OnnxEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel(workers), "BAAI/bge-small-en-v1.5",
                QUERY_INSTRUCTION);
    }

    /** all-MiniLM-L6-v2 (int8), trained on symmetric pairs: queries get no instruction. Loads once, ~0.5 s. */
    public static OnnxEmbedder miniLm(Executor workers) {
        return new OnnxEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel(workers),
                "sentence-transformers/all-MiniLM-L6-v2", "");
    }

    @Override
    public String modelName() {
        return name;
    }

    @Override
    public int dimension() {
        return 384;
    }

    @Override
    public float[] embedQuery(String query) {
        return embedAll(List.of(queryPrefix + query)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new IllegalArgumentException("cannot embed blank text at position " + i);
            }
        }
        if (texts.isEmpty()) {
            return List.of();
        }
        Integer[] longestFirst = new Integer[texts.size()];
        Arrays.setAll(longestFirst, i -> i);
        Arrays.sort(longestFirst, Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
        List<TextSegment> segments = Arrays.stream(longestFirst).map(i -> TextSegment.from(texts.get(i))).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        float[][] vectors = new float[texts.size()][];
        for (int j = 0; j < longestFirst.length; j++) {
            vectors[longestFirst[j]] = embeddings.get(j).vector();
        }
        return List.of(vectors);
    }
}
