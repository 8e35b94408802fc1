package dev.quire.admission;

import dev.quire.ingest.Embedder;
import dev.quire.ingest.EmbeddingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * An in-process embedder whose bulk work ({@link #embedAll}, i.e. ingest) waits its turn in
 * {@link Lane#INGEST}, one text per permit, so that query embedding, which shares the model and the
 * cores, is never stuck behind a batch of hundreds of chunks. Queries ({@link #embedQuery}) pass
 * straight through: retrieval already holds a permit for them.
 *
 * <pre>{@code
 * Embedder forIngest = new AdmittedEmbedder(onnx, admission, Executors.newFixedThreadPool(cores));
 * }</pre>
 *
 * <p>Texts run on {@code workers}, longest first so the workers finish together; one text per model
 * call, as the ONNX embedder does anyway (its vectors do not depend on batching).
 */
public final class AdmittedEmbedder implements Embedder {
    private final Embedder model;
    private final Admission admission;
    private final ExecutorService workers;

    public AdmittedEmbedder(Embedder model, Admission admission, ExecutorService workers) {
        this.model = model;
        this.admission = admission;
        this.workers = workers;
    }

    @Override
    public String modelName() {
        return model.modelName();
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public float[] embedQuery(String query) {
        return model.embedQuery(query);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new IllegalArgumentException("cannot embed blank text at position " + i);
            }
        }
        Integer[] longestFirst = new Integer[texts.size()];
        Arrays.setAll(longestFirst, i -> i);
        Arrays.sort(longestFirst, Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
        float[][] vectors = new float[texts.size()][];
        List<CompletableFuture<Void>> done = new ArrayList<>();
        for (int i : longestFirst) {
            done.add(CompletableFuture.runAsync(() -> vectors[i] = admission.call(Lane.INGEST,
                    () -> model.embedAll(List.of(texts.get(i))).get(0)), workers));
        }
        try {
            // get(), not join(): a sync that is cancelled or a server shutting down interrupts this
            // thread, and texts still queued would otherwise be waited for forever.
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        } catch (InterruptedException e) {
            done.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            done.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new EmbeddingException("embedding failed", e.getCause());
        }
        return List.of(vectors);
    }
}
