package dev.quire;

import dev.quire.admission.Admission;
import dev.quire.ingest.BertTokenCounter;
import dev.quire.ingest.Chunker;
import dev.quire.ingest.Embedder;
import dev.quire.ingest.IngestPipeline;
import dev.quire.ingest.OnnxEmbedder;
import dev.quire.ingest.OpenAiEmbedder;
import dev.quire.ingest.OpenAiEmbedderConfig;
import dev.quire.ingest.ParseLimits;
import dev.quire.ingest.Parsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import dev.quire.chat.model.AdmittedChatModel;
import dev.quire.chat.model.ChatModel;
import dev.quire.common.DaemonThreads;
import dev.quire.chat.model.ExtractiveModel;
import dev.quire.chat.model.OpenAiChatConfig;
import dev.quire.chat.model.OpenAiChatModel;
import dev.quire.retrieval.HttpReranker;
import dev.quire.retrieval.Reranker;
import dev.quire.search.AgreementFusion;
import dev.quire.search.Fusion;
import dev.quire.search.MinMaxScoreFusion;
import dev.quire.search.ReciprocalRankFusion;
import dev.quire.search.ZScoreFusion;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the ingestion pipeline and the embedder from configuration; its thread pools join {@code resources}. */
final class Pipelines {
    private Pipelines() {}

    static IngestPipeline ingest(Config config, Embedder embedder, Optional<Embedder> secondEmbedder,
                                 List<AutoCloseable> resources) {
        return ingest(config, embedder, secondEmbedder, resources, dev.quire.telemetry.Metrics.NONE,
                io.opentelemetry.api.OpenTelemetry.noop().getTracer("quire"));
    }

    static IngestPipeline ingest(Config config, Embedder embedder, Optional<Embedder> secondEmbedder,
                                 List<AutoCloseable> resources,
                                 dev.quire.telemetry.Metrics metrics, io.opentelemetry.api.trace.Tracer tracer) {
        Config.Sync sync = config.sync();
        ExecutorService parseWorkers = pool("quire-parse", 4, resources);
        ExecutorService fileWorkers = pool("quire-ingest", 2, resources);
        return new IngestPipeline(
                Parsers.standard(parseWorkers),
                new Chunker(BertTokenCounter.load(), config.embedding().chunking()),
                embedder, secondEmbedder,
                new ParseLimits(sync.maxParsedChars(), sync.maxPages(), Duration.ofSeconds(sync.parseTimeoutSeconds())),
                fileWorkers, metrics, tracer);
    }

    /** The parse API's job workers: two threads, the index pipeline's parse limits. */
    static dev.quire.parse.ParseWorkers parseWorkers(Config config, dev.quire.parse.ParseJobStore jobs,
                                                     dev.quire.storage.BlobStore blobs, java.time.Clock clock,
                                                     boolean soleNode) {
        Config.Sync sync = config.sync();
        return new dev.quire.parse.ParseWorkers(jobs, blobs, dev.quire.ingest.StructuredParser.standard(),
                new ParseLimits(sync.maxParsedChars(), sync.maxPages(), Duration.ofSeconds(sync.parseTimeoutSeconds())),
                2, clock, soleNode);
    }

    static Embedder embedder(Config.Embedding settings, List<AutoCloseable> resources) {
        switch (settings.provider()) {
            case "onnx":
                return closedWithServer(OnnxEmbedder.bgeSmall(pool("quire-embed", Math.max(1, settings.threads()),
                        resources)), resources);
            case "openai":
                String model = settings.model().orElseThrow(() ->
                        new IllegalArgumentException("QUIRE_EMBEDDING_MODEL is required with QUIRE_EMBEDDER=openai"));
                String baseUrl = settings.baseUrl().orElseThrow(() ->
                        new IllegalArgumentException("QUIRE_EMBEDDING_BASE_URL is required with QUIRE_EMBEDDER=openai"));
                if (settings.dimension() < 1) {
                    throw new IllegalArgumentException("QUIRE_EMBEDDING_DIMENSION is required with QUIRE_EMBEDDER=openai");
                }
                return new OpenAiEmbedder(HttpClient.newHttpClient(),
                        OpenAiEmbedderConfig.of(URI.create(baseUrl), settings.apiKey(), model, settings.dimension()));
            default:
                throw new IllegalArgumentException("QUIRE_EMBEDDER must be onnx or openai, got: " + settings.provider());
        }
    }

    /**
     * The second embedding model ({@link Config.Embedding#secondModel()}), in process on its own threads,
     * or empty when configured off.
     */
    static Optional<Embedder> secondEmbedder(Config.Embedding settings, List<AutoCloseable> resources) {
        if (settings.secondModel().equals(Config.Embedding.NONE)) {
            return Optional.empty();
        }
        return Optional.of(closedWithServer(OnnxEmbedder.miniLm(pool("quire-embed-2", Math.max(1, settings.threads()),
                resources)), resources));
    }

    /** The model's native session is freed when the server closes (after anything that can still call it stops). */
    private static OnnxEmbedder closedWithServer(OnnxEmbedder model, List<AutoCloseable> resources) {
        resources.add(model);
        return model;
    }

    /**
     * The embedder the sync uses: with the in-process model, one that waits in the admission's ingest
     * lane, text by text, so queries on the same cores go first; a remote embedding service spends no
     * local CPU, so its batches go out as they are.
     */
    static Embedder ingestEmbedder(Embedder embedder, Admission admission, ExecutorService workers) {
        if (!(embedder instanceof OnnxEmbedder)) {
            return embedder;
        }
        return new dev.quire.admission.AdmittedEmbedder(embedder, admission, workers);
    }

    /** The threads in-process models embed chunks on: QUIRE_EMBEDDING_THREADS (one model call each). */
    static ExecutorService ingestEmbedWorkers(Config.Embedding settings, List<AutoCloseable> resources) {
        return pool("quire-ingest-embed", Math.max(1, settings.threads()), resources);
    }

    static Fusion fusion(Config.Retrieval settings) {
        return switch (settings.fusion()) {
            case "rrf" -> new ReciprocalRankFusion();
            case "minmax" -> new MinMaxScoreFusion();
            case "zscore" -> new ZScoreFusion();
            case "agreement" -> new AgreementFusion();
            default -> throw new IllegalArgumentException(
                    "QUIRE_FUSION must be agreement, zscore, minmax or rrf, got: " + settings.fusion());
        };
    }

    static Optional<Reranker> reranker(Config.Retrieval settings) {
        return settings.rerankUrl().map(url -> new HttpReranker(HttpClient.newHttpClient(), URI.create(url),
                settings.rerankModel(), settings.rerankApiKey(), Duration.ofSeconds(30)));
    }

    /**
     * The agent's model. The extractive model computes on this machine's cores, so it waits its turn in the
     * admission's chat lane like the turn's searches; a remote model's call does not hold a permit.
     */
    static ChatModel chatModel(Config.Chat settings, Admission admission) {
        return switch (settings.backend()) {
            case "extractive" -> new AdmittedChatModel(new ExtractiveModel(), admission);
            case "openai" -> new OpenAiChatModel(OpenAiChatConfig.of(
                            URI.create(settings.baseUrl().orElseThrow(() -> new IllegalArgumentException(
                                    "QUIRE_LLM_BASE_URL is required with QUIRE_LLM=openai"))),
                            settings.apiKey(),
                            settings.model().orElseThrow(() -> new IllegalArgumentException(
                                    "QUIRE_LLM_MODEL is required with QUIRE_LLM=openai")))
                    .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(settings.requestTimeoutSeconds()),
                            Duration.ofSeconds(Math.min(120, settings.requestTimeoutSeconds()))),
                    BertTokenCounter.load());
            default -> throw new IllegalArgumentException("QUIRE_LLM must be extractive or openai, got: "
                    + settings.backend());
        };
    }

    /** Threads for chat turns: they mostly wait on the model, so the pool grows with demand. */
    /** Runs {@code task} every {@code interval} on a daemon thread; a failure is logged, not fatal. */
    static AutoCloseable every(String name, java.time.Duration interval, Runnable task) {
        java.util.concurrent.ScheduledExecutorService timer =
                Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(Pipelines.class).warn("{} failed", name, e);
            }
        }, interval.toMillis(), interval.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return timer::shutdownNow;
    }

    /**
     * Threads on which a query's second-model vector and BM25 search run beside the first model's embedding
     * of it: {@code searches}, the admission's permits, so a retrieval holding one never waits for a thread.
     * Spans started there are children of the request's (the trace context goes with each task).
     */
    static java.util.concurrent.Executor queryWorkers(int searches, List<AutoCloseable> resources) {
        return io.opentelemetry.context.Context.taskWrapping(pool("quire-query-embed", Math.max(1, searches), resources));
    }

    static ExecutorService cachedPool(String name, List<AutoCloseable> resources) {
        ExecutorService pool = Executors.newCachedThreadPool(DaemonThreads.named(name));
        resources.add(pool::shutdownNow);
        return pool;
    }

    private static ExecutorService pool(String name, int threads, List<AutoCloseable> resources) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DaemonThreads.named(name));
        resources.add(pool::shutdownNow);
        return pool;
    }
}
