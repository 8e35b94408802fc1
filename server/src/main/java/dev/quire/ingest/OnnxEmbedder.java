package dev.quire.ingest;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A local embedding model (int8 ONNX, 384 dimensions) in process, from the model file its langchain4j
 * jar ships: no network, ever. Two models: bge-small-en-v1.5, the server's embedder (vectors are the [CLS]
 * state, L2-normalised; the unquantized model was measured no better on SciFact retrieval: nDCG@10 0.701 vs
 * 0.704 vector-only, at half the speed), and all-MiniLM-L6-v2 (mean-pooled, L2-normalised; half bge's
 * layers), the second model whose vote joins hybrid fusion (see {@code HybridQuery#secondVector}).
 *
 * <pre>{@code
 * ExecutorService embedWorkers = Executors.newFixedThreadPool(2);   // owned by the caller
 * try (OnnxEmbedder embedder = OnnxEmbedder.bgeSmall(embedWorkers)) { // thread-safe: share one
 *     float[] query = embedder.embedQuery("refund policy");
 * }
 * }</pre>
 *
 * <p>Each model call runs on the calling thread alone (ONNX Runtime's intra-op pool of one thread).
 * Parallelism comes from running calls side by side instead: texts spread over {@code workers}
 * (longest first, so the workers finish together), and a hybrid query's two models on two threads
 * (see {@code RetrievalService}). Measured on 2 cores with SciFact claims: both models' query vectors
 * in 5.4 ms p50 side by side, against 8.0 ms one after the other with the runtime's default pools,
 * whose threads spin after each call and slow the next model's (bge alone: 3.6 ms with two threads,
 * 5.2 ms with one). The session is ours to configure, so it is built here rather than by langchain4j,
 * which loads one per JVM with default options.
 *
 * <p>One text per ONNX call. Padded batches were measured slower on CPU and, because the int8 model
 * quantizes activations with one scale per batch, made a text's vector depend on its neighbours;
 * one text per call is exact and reproducible. Texts over 510 tokens are embedded in windows and
 * averaged (langchain4j's behaviour); default chunks (at most 500 tokens) never need that.
 */
public final class OnnxEmbedder implements Embedder, AutoCloseable {
    /** bge's instruction for short queries searching passages; passages get no prefix. */
    public static final String QUERY_INSTRUCTION = "Represent this sentence for searching relevant passages: ";

    private final OrtSession session;
    private final SessionModel model;
    /** Calls hold it shared; close takes it exclusive, so the native session is never freed under a call. */
    private final ReadWriteLock open = new ReentrantReadWriteLock();
    private boolean closed;
    private final String name;
    private final String queryPrefix;

    private OnnxEmbedder(String resource, PoolingMode pooling, Executor workers, String name, String queryPrefix) {
        this.session = session(resource + ".onnx");
        this.model = new SessionModel(session, tokenizer(resource + "-tokenizer.json"), pooling, workers);
        this.name = name;
        this.queryPrefix = queryPrefix;
    }

    /** bge-small-en-v1.5 (int8): about 1 s to load. */
    public static OnnxEmbedder bgeSmall(Executor workers) {
        return new OnnxEmbedder("bge-small-en-v1.5-q", PoolingMode.CLS, workers, "BAAI/bge-small-en-v1.5",
                QUERY_INSTRUCTION);
    }

    /** all-MiniLM-L6-v2 (int8), trained on symmetric pairs: queries get no instruction. About 0.5 s to load. */
    public static OnnxEmbedder miniLm(Executor workers) {
        return new OnnxEmbedder("all-minilm-l6-v2-q", PoolingMode.MEAN, workers,
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
        List<Embedding> embeddings;
        open.readLock().lock();
        try {
            if (closed) {
                throw new EmbeddingException("the " + name + " model is closed (the server is stopping)");
            }
            embeddings = model.embedAll(segments).content();
        } finally {
            open.readLock().unlock();
        }
        float[][] vectors = new float[texts.size()][];
        for (int j = 0; j < longestFirst.length; j++) {
            vectors[longestFirst[j]] = embeddings.get(j).vector();
        }
        return List.of(vectors);
    }

    @Override
    public void close() {
        open.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                session.close();
            }
        } catch (OrtException e) {
            throw new IllegalStateException("cannot close the " + name + " session", e);
        } finally {
            open.writeLock().unlock();
        }
    }

    private static OrtSession session(String resource) {
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            return OrtEnvironment.getEnvironment().createSession(read(resource), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model " + resource, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static InputStream tokenizer(String resource) {
        return new java.io.ByteArrayInputStream(read(resource)); // read whole: nothing left open
    }

    private static InputStream open(String resource) {
        InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath (its langchain4j model jar is missing)");
        }
        return in;
    }

    /** langchain4j's encoder (tokenizer, pooling, long-text windows) over our session. */
    private static final class SessionModel extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        SessionModel(OrtSession session, InputStream tokenizer, PoolingMode pooling, Executor workers) {
            super(workers);
            this.encoder = new OnnxBertBiEncoder(OrtEnvironment.getEnvironment(), session, tokenizer, pooling);
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
