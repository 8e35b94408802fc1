package dev.quire;

import dev.quire.db.DatabaseSettings;
import dev.quire.ingest.ChunkerOptions;
import dev.quire.search.SearchSettings;
import dev.quire.storage.BlobSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * All configuration, read from the environment in this one place. Every setting has a default that
 * works on a laptop and a row in the README's configuration table.
 *
 * @param host           QUIRE_HOST: interface to bind
 * @param port           QUIRE_PORT: TCP port; 0 picks a free one (tests)
 * @param dataDir        QUIRE_DATA_DIR: database, blobs and search indexes live here
 * @param apiKey         QUIRE_API_KEY: accepted as an admin key of the default project when set
 * @param maxJsonBytes   QUIRE_MAX_JSON_BYTES: largest JSON request body accepted (413 above)
 * @param publicBaseUrl  QUIRE_PUBLIC_URL: base of presigned links; defaults to http://host:port
 * @param maxUploadBytes QUIRE_MAX_UPLOAD_BYTES: largest uploaded file accepted (413 above), default 100 MB
 * @param embedding      how chunks and queries are embedded
 * @param sync           how indexes are built
 * @param retrieval      how retrieval ranks
 * @param chat           the chat agent and its model backend
 * @param backends       where metadata, chunks and blobs live (embedded by default, shared services for a cluster)
 * @param observability  who may read /metrics, and where traces go
 * @param concurrency    how much query embedding, search and ingest embedding runs at once
 */
public record Config(
        String host,
        int port,
        Path dataDir,
        Optional<String> apiKey,
        long maxJsonBytes,
        Optional<String> publicBaseUrl,
        long maxUploadBytes,
        Embedding embedding,
        Sync sync,
        Retrieval retrieval,
        Chat chat,
        Backends backends,
        Observability observability,
        Concurrency concurrency) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 104_857_600L;

    /**
     * Metrics and traces.
     *
     * @param metricsPublic  QUIRE_METRICS_PUBLIC=true: GET /metrics needs no key (else an admin key)
     * @param tracesUrl      where OTLP/HTTP spans go: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT as given, or
     *                       OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces; empty (the default) turns tracing off
     * @param serviceName    OTEL_SERVICE_NAME, default quire
     * @param exportDelayMs  OTEL_BSP_SCHEDULE_DELAY: most milliseconds between span exports, default 5000
     */
    public record Observability(boolean metricsPublic, Optional<String> tracesUrl, String serviceName,
                                long exportDelayMs) {
        static Observability defaults() {
            return new Observability(false, Optional.empty(), "quire", 5_000);
        }

        static Observability fromEnvironment(Map<String, String> env) {
            Optional<String> traces = nonBlank(env.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
                    .or(() -> nonBlank(env.get("OTEL_EXPORTER_OTLP_ENDPOINT"))
                            .map(base -> base.replaceAll("/+$", "") + "/v1/traces"));
            String metricsPublic = env.getOrDefault("QUIRE_METRICS_PUBLIC", "false").trim();
            if (!metricsPublic.equals("true") && !metricsPublic.equals("false")) {
                throw new IllegalArgumentException("QUIRE_METRICS_PUBLIC must be true or false, got: " + metricsPublic);
            }
            return new Observability(metricsPublic.equals("true"), traces,
                    nonBlank(env.get("OTEL_SERVICE_NAME")).orElse("quire"),
                    longSetting(env, "OTEL_BSP_SCHEDULE_DELAY", 5_000));
        }
    }

    /**
     * The services a node keeps its state in; unset variables mean the embedded ones in the data directory.
     *
     * @param database QUIRE_DATABASE_URL, _USER, _PASSWORD: PostgreSQL shared by every node, or embedded SQLite
     * @param search   QUIRE_SEARCH and QUIRE_SOLR_*: Lucene in the data directory, or a SolrCloud cluster
     * @param blobs    QUIRE_BLOB_STORE and QUIRE_S3_*: the data directory's file system, or an S3 bucket
     */
    public record Backends(DatabaseSettings database, SearchSettings search, BlobSettings blobs) {
        static Backends embedded() {
            return new Backends(DatabaseSettings.EMBEDDED, SearchSettings.lucene(), new BlobSettings.FileSystem(false));
        }

        static Backends fromEnvironment(Map<String, String> env) {
            return new Backends(DatabaseSettings.fromEnvironment(env), SearchSettings.fromEnvironment(env),
                    BlobSettings.fromEnvironment(env));
        }

        /**
         * Whether the node keeps state in its data directory that only one process may use: the embedded
         * database, or Lucene's indexes (a second writer would fail on Lucene's lock mid-sync).
         */
        public boolean ownsDataDirectory() {
            return database.embedded() || search.kind() == SearchSettings.Kind.LUCENE;
        }
    }

    /**
     * The embedding model and the chunk size it is fed: {@code onnx} (bge-small-en-v1.5 int8 in process,
     * the default) or {@code openai} (any OpenAI-compatible /v1/embeddings endpoint).
     *
     * @param provider  QUIRE_EMBEDDER: onnx or openai
     * @param baseUrl   QUIRE_EMBEDDING_BASE_URL: for openai, e.g. http://localhost:11434
     * @param apiKey    QUIRE_EMBEDDING_API_KEY: for openai, optional
     * @param model     QUIRE_EMBEDDING_MODEL: for openai
     * @param dimension QUIRE_EMBEDDING_DIMENSION: for openai, the model's vector size
     * @param threads   QUIRE_EMBEDDING_THREADS: in-process embedding threads (default: cores)
     * @param chunkTokens        QUIRE_CHUNK_TOKENS: most tokens in a chunk
     * @param chunkOverlapTokens QUIRE_CHUNK_OVERLAP_TOKENS: tokens a chunk repeats from the one before
     * @param secondModel QUIRE_SECOND_EMBEDDING_MODEL: {@value #MINILM} (in process; the default with the onnx
     *                    embedder) or {@code none} (the default with openai, whose pairing was never measured): a
     *                    second model embeds every chunk at ingest and each hybrid query, and its similarity
     *                    joins fusion as a third vote (QUIRE_SECOND_MODEL_WEIGHT)
     */
    public record Embedding(String provider, Optional<String> baseUrl, Optional<String> apiKey,
                            Optional<String> model, int dimension, int threads,
                            int chunkTokens, int chunkOverlapTokens, String secondModel) {
        public static final String MINILM = "all-minilm-l6-v2";
        public static final String NONE = "none";

        public Embedding {
            if (!secondModel.equals(MINILM) && !secondModel.equals(NONE)) {
                throw new IllegalArgumentException("QUIRE_SECOND_EMBEDDING_MODEL must be " + MINILM + " or " + NONE
                        + ", got: " + secondModel);
            }
        }

        static Embedding defaults() {
            return new Embedding("onnx", Optional.empty(), Optional.empty(), Optional.empty(), 0,
                    Runtime.getRuntime().availableProcessors(),
                    ChunkerOptions.DEFAULT.targetTokens(), ChunkerOptions.DEFAULT.overlapTokens(), MINILM);
        }

        /** The same settings with another second model ({@value #MINILM} or {@value #NONE}). */
        public Embedding withSecondModel(String name) {
            return new Embedding(provider, baseUrl, apiKey, model, dimension, threads, chunkTokens, chunkOverlapTokens,
                    name);
        }

        /** Chunking as configured; invalid combinations fail at startup, naming the variables. */
        public ChunkerOptions chunking() {
            try {
                return new ChunkerOptions(chunkTokens, chunkOverlapTokens, ChunkerOptions.DEFAULT.breakAtPages());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("QUIRE_CHUNK_TOKENS / QUIRE_CHUNK_OVERLAP_TOKENS: " + e.getMessage());
            }
        }
    }

    /**
     * Index building.
     *
     * @param workers        QUIRE_SYNC_WORKERS: indexes synced at the same time
     * @param batchSize      QUIRE_SYNC_BATCH_FILES: files parsed and embedded per batch (and per commit)
     * @param debounceMillis QUIRE_SYNC_DEBOUNCE_MS: quiet time before an on_source_change sync
     * @param parseTimeoutSeconds QUIRE_PARSE_TIMEOUT_SECONDS: longest a single file may take to parse
     * @param maxParsedChars QUIRE_PARSE_MAX_CHARS: text kept per file
     * @param maxPages       QUIRE_PARSE_MAX_PAGES: pages parsed (and rendered) per document
     * @param commitIntervalMillis QUIRE_SYNC_COMMIT_INTERVAL_MS: how often a running sync makes its work
     *                       durable and visible (each commit fsyncs the search index)
     * @param parseUrlPrivateHosts QUIRE_PARSE_URL_PRIVATE_HOSTS: comma-separated hosts on private,
     *                       loopback or link-local addresses that a parse job's {@code source_url} may
     *                       name (none by default, so the API cannot be used to reach internal services)
     */
    public record Sync(int workers, int batchSize, long debounceMillis, int parseTimeoutSeconds,
                       int maxParsedChars, int maxPages, long commitIntervalMillis,
                       java.util.Set<String> parseUrlPrivateHosts) {
        static Sync defaults() {
            // Commits fsync and each leaves a segment whose HNSW graph is rebuilt when merged: every 30 s
            // keeps that cost small (measured with bench/run ingest) and bounds the work redone after a crash.
            return new Sync(1, 32, 30_000, 120, 10_000_000, 2_000, 30_000, java.util.Set.of());
        }

        public Sync withDebounceMillis(long millis) {
            return new Sync(workers, batchSize, millis, parseTimeoutSeconds, maxParsedChars, maxPages,
                    commitIntervalMillis, parseUrlPrivateHosts);
        }

        public Sync withBatchSize(int files) {
            return new Sync(workers, files, debounceMillis, parseTimeoutSeconds, maxParsedChars, maxPages,
                    commitIntervalMillis, parseUrlPrivateHosts);
        }

        public Sync withCommitIntervalMillis(long millis) {
            return new Sync(workers, batchSize, debounceMillis, parseTimeoutSeconds, maxParsedChars, maxPages, millis,
                    parseUrlPrivateHosts);
        }

        public Sync withParseUrlPrivateHosts(java.util.Set<String> hosts) {
            return new Sync(workers, batchSize, debounceMillis, parseTimeoutSeconds, maxParsedChars, maxPages,
                    commitIntervalMillis, java.util.Set.copyOf(hosts));
        }
    }

    /**
     * Retrieval ranking.
     *
     * @param fusion          QUIRE_FUSION: zscore (weighted sum of standard scores), agreement (zscore whose full-text weight scales with how far the rankings agree per query), minmax (weighted sum of
     *                        min-max normalised scores) or rrf (weighted reciprocal rank fusion)
     * @param fullTextWeight  QUIRE_FULL_TEXT_WEIGHT: default weight of BM25 when a request gives none
     * @param vectorWeight    QUIRE_VECTOR_WEIGHT: default weight of vector search when a request gives none
     * @param secondModelWeight QUIRE_SECOND_MODEL_WEIGHT: weight of the second embedding model's vote in hybrid
     *                        requests (both weights above 0), beside the request's two; 0 turns it off
     * @param rerankUrl       QUIRE_RERANK_URL: a /rerank endpoint (Cohere, Jina, TEI, vLLM); none = no reranking
     * @param rerankModel     QUIRE_RERANK_MODEL: model name sent to the reranker
     * @param rerankApiKey    QUIRE_RERANK_API_KEY: bearer key for the reranker
     */
    public record Retrieval(String fusion, double fullTextWeight, double vectorWeight, double secondModelWeight,
                            Optional<String> rerankUrl, Optional<String> rerankModel, Optional<String> rerankApiKey) {
        static Retrieval defaults() {
            // Chosen by bench/run quality over SciFact, the markdown sections, ArguAna and the code questions as
            // the setting whose worst difference to the better single pipeline is smallest: z-score fusion of
            // BM25 and bge-small with the second model's vote (two-way 0.3/0.7 missed the 0.005 target on the
            // markdown sections). Per-query agreement weighting (QUIRE_FUSION=agreement) and score-gap
            // weighting were measured and did no better.
            return new Retrieval("zscore", 0.3, 0.55, 0.15, Optional.empty(), Optional.empty(), Optional.empty());
        }

        public Retrieval withReranker(String url) {
            return new Retrieval(fusion, fullTextWeight, vectorWeight, secondModelWeight, Optional.of(url), rerankModel,
                    rerankApiKey);
        }

        public Retrieval withFusion(String name, double fullText, double vector) {
            return new Retrieval(name, fullText, vector, secondModelWeight, rerankUrl, rerankModel, rerankApiKey);
        }

        public Retrieval withSecondModelWeight(double weight) {
            return new Retrieval(fusion, fullTextWeight, vectorWeight, weight, rerankUrl, rerankModel, rerankApiKey);
        }
    }

    /**
     * The chat agent.
     *
     * @param backend        QUIRE_LLM: extractive (embedded, no network) or openai (any OpenAI-compatible
     *                       Chat Completions endpoint)
     * @param baseUrl        QUIRE_LLM_BASE_URL: for openai, e.g. https://api.openai.com or http://localhost:11434
     * @param apiKey         QUIRE_LLM_API_KEY: for openai, optional (local servers need none)
     * @param model          QUIRE_LLM_MODEL: for openai, the model name
     * @param maxIterations  QUIRE_CHAT_MAX_ITERATIONS: model calls per turn
     * @param maxToolCalls   QUIRE_CHAT_MAX_TOOL_CALLS: tool calls per turn
     * @param maxPromptChars QUIRE_CHAT_MAX_PROMPT_CHARS: longest prompt accepted (422 above)
     * @param requestTimeoutSeconds QUIRE_LLM_TIMEOUT_SECONDS: longest one model call may take
     * @param pingMillis     QUIRE_CHAT_PING_MS: idle time before a ": ping" keep-alive on a stream
     */
    public record Chat(String backend, Optional<String> baseUrl, Optional<String> apiKey, Optional<String> model,
                       int maxIterations, int maxToolCalls, int maxPromptChars, int requestTimeoutSeconds,
                       long pingMillis) {
        static Chat defaults() {
            return new Chat("extractive", Optional.empty(), Optional.empty(), Optional.empty(), 10, 20, 20_000, 120,
                    15_000);
        }

        /** The openai backend at a URL (tests point it at a scripted server). */
        public Chat withOpenAi(String url, String modelName) {
            return new Chat("openai", Optional.of(url), apiKey, Optional.of(modelName), maxIterations, maxToolCalls,
                    maxPromptChars, requestTimeoutSeconds, pingMillis);
        }

        public Chat withLimits(int iterations, int toolCalls, int promptChars, int timeoutSeconds) {
            return new Chat(backend, baseUrl, apiKey, model, iterations, toolCalls, promptChars, timeoutSeconds,
                    pingMillis);
        }

        public Chat withPingMillis(long millis) {
            return new Chat(backend, baseUrl, apiKey, model, maxIterations, maxToolCalls, maxPromptChars,
                    requestTimeoutSeconds, millis);
        }
    }

    public Config(String host, int port, Path dataDir, Optional<String> apiKey, long maxJsonBytes,
            Optional<String> publicBaseUrl) {
        this(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, DEFAULT_MAX_UPLOAD_BYTES,
                Embedding.defaults(), Sync.defaults(), Retrieval.defaults(), Chat.defaults(), Backends.embedded(),
                Observability.defaults(), Concurrency.defaults());
    }

    public static Config fromEnvironment(Map<String, String> env) {
        return new Config(
                env.getOrDefault("QUIRE_HOST", "127.0.0.1"),
                intSetting(env, "QUIRE_PORT", 8080),
                Path.of(env.getOrDefault("QUIRE_DATA_DIR", "./quire-data")).toAbsolutePath().normalize(),
                nonBlank(env.get("QUIRE_API_KEY")),
                longSetting(env, "QUIRE_MAX_JSON_BYTES", 1_048_576L),
                nonBlank(env.get("QUIRE_PUBLIC_URL")),
                longSetting(env, "QUIRE_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES),
                new Embedding(env.getOrDefault("QUIRE_EMBEDDER", "onnx"),
                        nonBlank(env.get("QUIRE_EMBEDDING_BASE_URL")), nonBlank(env.get("QUIRE_EMBEDDING_API_KEY")),
                        nonBlank(env.get("QUIRE_EMBEDDING_MODEL")), intSetting(env, "QUIRE_EMBEDDING_DIMENSION", 0),
                        intSetting(env, "QUIRE_EMBEDDING_THREADS", Runtime.getRuntime().availableProcessors()),
                        intSetting(env, "QUIRE_CHUNK_TOKENS", ChunkerOptions.DEFAULT.targetTokens()),
                        intSetting(env, "QUIRE_CHUNK_OVERLAP_TOKENS", ChunkerOptions.DEFAULT.overlapTokens()),
                        env.getOrDefault("QUIRE_SECOND_EMBEDDING_MODEL",
                                env.getOrDefault("QUIRE_EMBEDDER", "onnx").equals("onnx") ? Embedding.MINILM : Embedding.NONE)),
                new Sync(intSetting(env, "QUIRE_SYNC_WORKERS", 1), intSetting(env, "QUIRE_SYNC_BATCH_FILES", 32),
                        longSetting(env, "QUIRE_SYNC_DEBOUNCE_MS", 30_000),
                        intSetting(env, "QUIRE_PARSE_TIMEOUT_SECONDS", 120),
                        intSetting(env, "QUIRE_PARSE_MAX_CHARS", 10_000_000),
                        intSetting(env, "QUIRE_PARSE_MAX_PAGES", 2_000),
                        longSetting(env, "QUIRE_SYNC_COMMIT_INTERVAL_MS", 30_000),
                        java.util.Arrays.stream(env.getOrDefault("QUIRE_PARSE_URL_PRIVATE_HOSTS", "").split(","))
                                .map(String::trim).filter(h -> !h.isEmpty())
                                .map(h -> h.toLowerCase(java.util.Locale.ROOT))
                                .collect(java.util.stream.Collectors.toUnmodifiableSet())),
                new Retrieval(env.getOrDefault("QUIRE_FUSION", Retrieval.defaults().fusion()),
                        doubleSetting(env, "QUIRE_FULL_TEXT_WEIGHT", Retrieval.defaults().fullTextWeight()),
                        doubleSetting(env, "QUIRE_VECTOR_WEIGHT", Retrieval.defaults().vectorWeight()),
                        doubleSetting(env, "QUIRE_SECOND_MODEL_WEIGHT", Retrieval.defaults().secondModelWeight()),
                        nonBlank(env.get("QUIRE_RERANK_URL")), nonBlank(env.get("QUIRE_RERANK_MODEL")),
                        nonBlank(env.get("QUIRE_RERANK_API_KEY"))),
                new Chat(env.getOrDefault("QUIRE_LLM", "extractive"), nonBlank(env.get("QUIRE_LLM_BASE_URL")),
                        nonBlank(env.get("QUIRE_LLM_API_KEY")), nonBlank(env.get("QUIRE_LLM_MODEL")),
                        intSetting(env, "QUIRE_CHAT_MAX_ITERATIONS", 10), intSetting(env, "QUIRE_CHAT_MAX_TOOL_CALLS", 20),
                        intSetting(env, "QUIRE_CHAT_MAX_PROMPT_CHARS", 20_000),
                        intSetting(env, "QUIRE_LLM_TIMEOUT_SECONDS", 120),
                        longSetting(env, "QUIRE_CHAT_PING_MS", 15_000)),
                Backends.fromEnvironment(env),
                Observability.fromEnvironment(env),
                new Concurrency(intSetting(env, "QUIRE_SEARCH_CONCURRENCY", Concurrency.defaults().searches()),
                        intSetting(env, "QUIRE_SEARCH_QUEUE", Concurrency.defaults().maxQueued()),
                        longSetting(env, "QUIRE_SEARCH_MAX_WAIT_MS", Concurrency.defaults().maxWaitMillis())));
    }

    /** A configuration for tests and benchmarks: a random port on loopback over the given directory. */
    public static Config forTesting(Path dataDir, String apiKey) {
        return new Config("127.0.0.1", 0, dataDir, Optional.of(apiKey), 1_048_576L, Optional.empty());
    }

    /** The same configuration with another upload limit (tests use a tiny one). */
    public Config withMaxUploadBytes(long bytes) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, bytes, embedding, sync, retrieval, chat, backends, observability, concurrency);
    }

    /** The same configuration with other sync settings (tests use a short debounce). */
    public Config withSync(Sync settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, settings,
                retrieval, chat, backends, observability, concurrency);
    }

    /** The same configuration with other embedding settings (benchmarks compare second models). */
    public Config withEmbedding(Embedding settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, settings, sync,
                retrieval, chat, backends, observability, concurrency);
    }

    /** The same configuration with other retrieval settings (tests plug in a reranker). */
    public Config withRetrieval(Retrieval settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, sync,
                settings, chat, backends, observability, concurrency);
    }

    /** The same configuration on other backends (tests run a server on PostgreSQL or S3). */
    public Config withBackends(Backends settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, sync,
                retrieval, chat, settings, observability, concurrency);
    }

    /** The same configuration with other chat settings (tests use the scripted OpenAI server). */
    public Config withChat(Chat settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, sync,
                retrieval, settings, backends, observability, concurrency);
    }

    /** The same configuration with other admission limits (tests provoke 503s with tiny ones). */
    public Config withConcurrency(Concurrency settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, sync,
                retrieval, chat, backends, observability, settings);
    }

    /**
     * How much CPU-heavy work runs at once and how long requests wait for it: query embedding plus
     * search (retrieve calls and chat turns' searches) and, with the in-process model, embedding of
     * chunks while syncing. Far more at once than there are cores only makes each slower; what waits
     * is queued fairly (retrieve calls and chat turns get equal shares of the time, syncing a quarter
     * of one of theirs).
     *
     * @param searches      QUIRE_SEARCH_CONCURRENCY: work items running at once (default: 2 x cores)
     * @param maxQueued     QUIRE_SEARCH_QUEUE: requests of one kind (retrieve calls, chat turns' searches)
     *                      that may wait; more are refused at once with 503 (default 256)
     * @param maxWaitMillis QUIRE_SEARCH_MAX_WAIT_MS: how long a request may wait before a 503 (default 10000)
     */
    public record Concurrency(int searches, int maxQueued, long maxWaitMillis) {
        public static Concurrency defaults() {
            // Two per core: a model call keeps a core busy only part of the time (tokenising, copying
            // into and out of the runtime), and a search waits on memory-mapped index pages. On 2 cores
            // under bench/run load, 4 at once answered retrieve at p99 1.6 s against 2.4 s with 2.
            return new Concurrency(2 * Runtime.getRuntime().availableProcessors(), 256, 10_000);
        }
    }

    /** The same configuration with other metrics and trace settings (tests start an OTLP receiver). */
    public Config withObservability(Observability settings) {
        return new Config(host, port, dataDir, apiKey, maxJsonBytes, publicBaseUrl, maxUploadBytes, embedding, sync,
                retrieval, chat, backends, settings, concurrency);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static double doubleSetting(Map<String, String> env, String name, double fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got: " + raw);
        }
    }

    private static int intSetting(Map<String, String> env, String name, int fallback) {
        return (int) longSetting(env, name, fallback);
    }

    private static long longSetting(Map<String, String> env, String name, long fallback) {
        String raw = env.get(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Long.parseLong(raw.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, got: " + raw);
        }
    }
}
