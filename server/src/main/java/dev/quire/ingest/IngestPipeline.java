package dev.quire.ingest;

import dev.quire.telemetry.Metrics;
import dev.quire.telemetry.Tracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * Parse, chunk and embed a batch of files. Files are parsed and chunked in parallel, then every
 * chunk of the batch is embedded in one call, so that the embedder's workers stay busy even when
 * each file has a single chunk. A file that cannot be parsed fails alone, with its reason.
 *
 * <pre>{@code
 * List<IngestPipeline.Result> results = pipeline.run(List.of(new IngestPipeline.Input("f1", "a.pdf", opener)), true).results();
 * }</pre>
 */
public final class IngestPipeline {
    private final Parser parser;
    private final Chunker chunker;
    private final Embedder embedder;
    private final Optional<Embedder> secondEmbedder;
    private final ParseLimits limits;
    private final ExecutorService workers;

    private final Metrics metrics;
    private final Tracer tracer;

    public IngestPipeline(Parser parser, Chunker chunker, Embedder embedder, ParseLimits limits,
                          ExecutorService workers) {
        this(parser, chunker, embedder, Optional.empty(), limits, workers, Metrics.NONE,
                OpenTelemetry.noop().getTracer("quire"));
    }

    /**
     * {@code secondEmbedder}: a second model that embeds every chunk too (its vectors are a third vote in
     * hybrid fusion); {@code metrics}: files parsed and failed (by kind); {@code tracer}: a span per batch,
     * parse and chunk.
     */
    public IngestPipeline(Parser parser, Chunker chunker, Embedder embedder, Optional<Embedder> secondEmbedder,
                          ParseLimits limits, ExecutorService workers, Metrics metrics, Tracer tracer) {
        this.secondEmbedder = secondEmbedder;
        this.metrics = metrics;
        this.tracer = tracer;
        this.parser = parser;
        this.chunker = chunker;
        this.embedder = embedder;
        this.limits = limits;
        this.workers = workers;
    }

    /** Opens a file's bytes; may be called more than once (e.g. once more to render pages). */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** A file to ingest; {@code key} is the caller's handle for it. */
    public record Input(String key, String fileName, Opener opener) {}

    /**
     * What became of one file: its document, chunks and their vectors, or why it failed.
     *
     * @param secondVectors the second model's vectors of the chunks, or empty when there is no second model
     */
    public record Result(String key, Optional<ParsedDocument> document, List<Chunk> chunks, List<float[]> vectors,
                         List<float[]> secondVectors, Optional<String> error) {
        public boolean failed() {
            return error.isPresent();
        }
    }

    private record Parsed(Input input, ParsedDocument document, List<Chunk> chunks, String error) {}

    public Embedder embedder() {
        return embedder;
    }

    /** Parses, chunks and (when {@code embed}) embeds; without embedding, results carry no vectors. */
    public Batch run(List<Input> inputs, boolean embed) {
        Span span = tracer.spanBuilder("ingest batch").setAttribute("quire.files", inputs.size()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return runBatch(inputs, embed);
        } finally {
            span.end();
        }
    }

    private Batch runBatch(List<Input> inputs, boolean embed) {
        Context batch = Context.current();
        long started = System.nanoTime();
        List<CompletableFuture<Parsed>> parsing = inputs.stream()
                .map(input -> CompletableFuture.supplyAsync(() -> {
                    try (Scope ignored = batch.makeCurrent()) {
                        return parseAndChunk(input);
                    }
                }, workers))
                .toList();
        List<Parsed> parsed = parsing.stream().map(CompletableFuture::join).toList();

        List<String> texts = new ArrayList<>();
        parsed.forEach(p -> p.chunks().forEach(c -> texts.add(c.content())));
        long parsedAt = System.nanoTime();
        // Both models at once: the second's texts queue behind the first's on the same embedding threads
        // (see Main), so the batch ends with one model's last texts, not two. A file worker (free once
        // parsing is done) waits for the second model's.
        CompletableFuture<List<float[]>> secondVectors = !embed || texts.isEmpty() || secondEmbedder.isEmpty()
                ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(batch.wrapSupplier(() -> secondEmbedder.get().embedAll(texts)), workers);
        List<float[]> vectors;
        List<float[]> second;
        try {
            vectors = !embed || texts.isEmpty() ? List.of() : embedder.embedAll(texts);
            second = secondVectors.get();
        } catch (InterruptedException e) {
            secondVectors.cancel(true);
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while embedding", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new EmbeddingException("the second model failed", e.getCause());
        } catch (RuntimeException e) {
            secondVectors.cancel(true);
            throw e;
        }
        long embedded = System.nanoTime();

        List<Result> results = new ArrayList<>();
        int next = 0;
        for (Parsed p : parsed) {
            int end = next + p.chunks().size();
            List<float[]> own = embed ? vectors.subList(next, end) : List.of();
            List<float[]> ownSecond = second.isEmpty() ? List.of() : second.subList(next, end);
            next = end;
            results.add(new Result(p.input().key(), Optional.ofNullable(p.document()), p.chunks(),
                    List.copyOf(own), List.copyOf(ownSecond), Optional.ofNullable(p.error())));
        }
        return new Batch(results, parsedAt - started, embedded - parsedAt);
    }

    /** The results of a batch, in input order, and where its time went. */
    public record Batch(List<Result> results, long parseNanos, long embedNanos) {}

    private Parsed parseAndChunk(Input input) {
        Parsed parsed = parseAndChunkUnmeasured(input);
        if (parsed.error() == null) {
            metrics.fileParsed();
        }
        return parsed;
    }

    private Parsed parseAndChunkUnmeasured(Input input) {
        try (InputStream in = input.opener().open()) {
            ParsedDocument document = Tracing.span(tracer, "parse",
                    () -> parser.parse(input.fileName(), null, in, limits));
            List<Chunk> chunks = Tracing.span(tracer, "chunk", () -> chunker.chunk(document));
            if (chunks.isEmpty()) {
                return failed(input, Metrics.FailureKind.NO_TEXT, "no text found in file");
            }
            return new Parsed(input, document, chunks, null);
        } catch (ParseException e) {
            return failed(input, Metrics.FailureKind.PARSE_ERROR, e.getMessage());
        } catch (IOException e) {
            return failed(input, Metrics.FailureKind.READ_ERROR, "could not read file: " + e.getMessage());
        } catch (RuntimeException e) {
            // A parser bug on one odd file must not fail the whole sync.
            return failed(input, Metrics.FailureKind.INTERNAL_ERROR, "could not parse file: " + e);
        }
    }

    private Parsed failed(Input input, Metrics.FailureKind kind, String error) {
        metrics.fileFailed(kind);
        return new Parsed(input, null, List.of(), error);
    }
}
