package dev.quire;

import dev.quire.admission.Admission;
import dev.quire.backup.BackupRoutes;
import dev.quire.backup.BackupService;
import dev.quire.chat.ChatRoutes;
import dev.quire.chat.ChatService;
import dev.quire.chat.JdbiSessionStore;
import dev.quire.chat.TurnIndexes;
import dev.quire.chat.TurnService;
import dev.quire.chat.agent.Agent;
import dev.quire.chat.agent.AgentLimits;
import dev.quire.chat.agent.AgentTools;
import dev.quire.common.ConfigurationError;
import dev.quire.common.Ids;
import dev.quire.common.PrivateFiles;
import dev.quire.common.Coordination;
import dev.quire.console.ConsoleAssets;
import dev.quire.console.ConsoleRoutes;
import dev.quire.db.Database;
import dev.quire.directories.DirectoriesRoutes;
import dev.quire.directories.DirectoriesService;
import dev.quire.directories.DirectoryCatalog;
import dev.quire.directories.DirectoryChangeListener;
import dev.quire.directories.DirectoryFileReferences;
import dev.quire.directories.DirectoryFilesRoutes;
import dev.quire.directories.DirectoryFilesService;
import dev.quire.directories.JdbiDirectoryFileStore;
import dev.quire.directories.JdbiDirectoryStore;
import dev.quire.directories.SourceDirectoryGuard;
import dev.quire.directories.StoredDirectoryCatalog;
import dev.quire.files.FilesRoutes;
import dev.quire.files.FilesService;
import dev.quire.files.JdbiFileStore;
import dev.quire.http.HttpServer;
import dev.quire.http.Idempotency;
import dev.quire.http.JdbiIdempotencyStore;
import dev.quire.indexes.AttachmentRoutes;
import dev.quire.indexes.AttachmentBlobs;
import dev.quire.indexes.IndexFileStore;
import dev.quire.indexes.IndexRoutes;
import dev.quire.indexes.IndexService;
import dev.quire.indexes.Screenshots;
import dev.quire.indexes.SyncRun;
import dev.quire.indexes.SyncScheduler;
import dev.quire.ingest.IngestPipeline;
import dev.quire.ingest.PageRenderer;
import dev.quire.indexes.JdbiIndexFileStore;
import dev.quire.indexes.JdbiIndexStore;
import dev.quire.ingest.Embedder;
import dev.quire.parse.JdbiParseJobStore;
import dev.quire.parse.ParseRoutes;
import dev.quire.parse.ParseService;
import dev.quire.parse.ParseWorkers;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.RetrievalPolicy;
import dev.quire.retrieval.RetrievalRoutes;
import dev.quire.retrieval.RetrievalService;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackends;
import dev.quire.mcp.McpEndpoint;
import dev.quire.telemetry.MicrometerMetrics;
import dev.quire.telemetry.TracedChatModel;
import dev.quire.telemetry.TracedEmbedder;
import dev.quire.telemetry.TracedSearchBackend;
import dev.quire.telemetry.Tracing;
import io.opentelemetry.api.trace.Tracer;
import org.slf4j.LoggerFactory;
import dev.quire.storage.BlobStore;
import dev.quire.storage.BlobStores;
import dev.quire.storage.JdbiSecrets;
import dev.quire.storage.OrphanBlobs;
import dev.quire.storage.Presigner;
import dev.quire.storage.StorageRoutes;
import dev.quire.tenancy.ApiKeys;
import dev.quire.tenancy.Bootstrap;
import dev.quire.tenancy.JdbiTenancyStore;
import dev.quire.tenancy.ProjectRoutes;
import dev.quire.tenancy.TenancyService;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Wiring only: read the configuration once, build the objects, start HTTP. Tests build a
 * {@link Main} the same way on a random port and a temporary data directory.
 */
public final class Main implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    /** How often pages freed by deletes go back to the file system (a cheap no-op when none were). */
    private static final Duration SPACE_RECLAIM_INTERVAL = Duration.ofSeconds(30);
    /** How often the database's write-ahead log is copied into the database file. */
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofSeconds(1);

    private final DataDirectoryLock lock;
    private final Database database;
    private final HttpServer http;
    private final TurnService turns;
    private final Optional<String> generatedKey;
    private final Internals internals;
    private final List<AutoCloseable> resources;

    private Main(DataDirectoryLock lock, Database database, HttpServer http, TurnService turns,
                 Optional<String> generatedKey, Internals internals, List<AutoCloseable> resources) {
        this.lock = lock;
        this.database = database;
        this.http = http;
        this.turns = turns;
        this.generatedKey = generatedKey;
        this.internals = internals;
        this.resources = resources;
    }

    public static Main start(Config config, Clock clock) throws Exception {
        PrivateFiles.createDirectories(config.dataDir());
        // Before anything opens the database or loads a model: a second server fails at once, clearly.
        // Only what is this process's alone needs it; nodes on shared backends may share the directory.
        DataDirectoryLock lock = config.backends().ownsDataDirectory()
                ? DataDirectoryLock.acquire(config.dataDir()) : DataDirectoryLock.none();
        Database database;
        try {
            PortCheck.requireFree(config.host(), config.port());
            database = Database.open(config.backends().database(), config.dataDir());
            // After opening: the database creates its own directory and files with the process umask.
            PrivateFiles.prepareDataDirectory(config.dataDir());
        } catch (ConfigurationError e) {
            lock.close();
            throw new StartupFailure(e.getMessage());
        } catch (RuntimeException | Error e) {
            lock.close();
            throw e;
        }
        List<AutoCloseable> resources = new ArrayList<>();
        try {
            Ids ids = Ids.random();
            // The embedded database is this process's alone (the data directory lock): it is the sole node,
            // and leases found at start are stale. On PostgreSQL other nodes may hold them.
            Coordination coordination = Coordination.defaults(database.embedded());
            MicrometerMetrics metrics = new MicrometerMetrics();
            resources.add(metrics);
            Config.Observability observe = config.observability();
            // Closed late (resources close in reverse): spans of the shutdown itself are still sent.
            Tracing tracing = observe.tracesUrl().map(url -> Tracing.otlp(url, observe.serviceName(), VERSION,
                    Duration.ofMillis(observe.exportDelayMs()))).orElseGet(Tracing::off);
            resources.add(tracing);
            Tracer tracer = tracing.tracer();
            JdbiTenancyStore tenancyStore = new JdbiTenancyStore(database.jdbi());
            TenancyService tenancy = new TenancyService(tenancyStore, tenancyStore,
                    new ApiKeys(new SecureRandom()), ids, clock);
            Optional<String> generatedKey = new Bootstrap(tenancyStore, tenancyStore, tenancy, ids, clock)
                    .run(config.apiKey());

            AtomicReference<HttpServer> server = new AtomicReference<>();
            AtomicReference<SyncScheduler> syncs = new AtomicReference<>();
            JdbiSecrets secrets = new JdbiSecrets(database.jdbi(), new SecureRandom(), clock);
            Presigner presigner = new Presigner(secrets.loadOrCreate("presigned-urls"), clock,
                    Presigner.baseUrl(config.publicBaseUrl(), config.host(), () -> server.get().port()));
            BlobStore blobs = BlobStores.open(config.backends().blobs(), config.dataDir());
            if (blobs instanceof AutoCloseable closeable) {
                resources.add(closeable);
            }
            JdbiDirectoryStore directoryStore = new JdbiDirectoryStore(database.jdbi());
            JdbiDirectoryFileStore directoryFileStore = new JdbiDirectoryFileStore(database.jdbi());
            JdbiIndexStore indexStore = new JdbiIndexStore(database.jdbi());
            // Directories and indexes depend on each other only through these two callbacks.
            DirectoryChangeListener directoryChanges = (project, dir) -> syncs.get().directoryChanged(project, dir);
            SourceDirectoryGuard sourceGuard = indexStore::isSource;
            JdbiFileStore fileStore = new JdbiFileStore(database.jdbi());
            FilesService files = new FilesService(fileStore, database, blobs, presigner,
                    new DirectoryFileReferences(directoryFileStore, directoryChanges), ids, clock);
            DirectoriesService directories = new DirectoriesService(directoryStore, sourceGuard,
                    directoryChanges, ids, clock);
            DirectoryFilesService directoryFiles = new DirectoryFilesService(directoryStore, directoryFileStore, files,
                    database, directoryChanges, ids, clock);
            DirectoryCatalog directoryCatalog = new StoredDirectoryCatalog(directoryStore, directoryFileStore, database, ids, clock);

            JdbiIndexFileStore indexFiles = new JdbiIndexFileStore(database.jdbi());
            Embedder model = Pipelines.embedder(config.embedding(), resources);
            Embedder embedder = new TracedEmbedder(model, tracer, metrics);
            Config.Concurrency limits = config.concurrency();
            // One admission for everything that competes for the cores: query embedding and search
            // (retrieval) and, with the in-process model, the sync's embedding of chunks.
            Admission admission = new Admission(new Admission.Settings(limits.searches(), limits.maxQueued(),
                    Duration.ofMillis(limits.maxWaitMillis())));
            SearchBackend search = new TracedSearchBackend(SearchBackends.open(config.backends().search(), config.dataDir()),
                    tracer, config.backends().search().kind().name().toLowerCase(java.util.Locale.ROOT));
            resources.add(search);
            DirectorySources sources = new DirectorySources(directoryCatalog, files);
            // The second model embeds every chunk and hybrid query too: its vote joins fusion (HybridQuery).
            Optional<Embedder> secondModel = Pipelines.secondEmbedder(config.embedding(), resources);
            // Both models' chunk texts queue for the same embedding threads (one per core), so neither model's
            // last texts of a batch leave a core idle while the other model still has work.
            ExecutorService ingestEmbedWorkers = Pipelines.ingestEmbedWorkers(config.embedding(), resources);
            IngestPipeline pipeline = Pipelines.ingest(config, new TracedEmbedder(Pipelines.ingestEmbedder(
                    model, admission, ingestEmbedWorkers), tracer, metrics),
                    secondModel.map(m -> new TracedEmbedder(Pipelines.ingestEmbedder(m, admission, ingestEmbedWorkers),
                            tracer, metrics)), resources, metrics, tracer);
            AttachmentBlobs attachmentBlobs = new AttachmentBlobs(blobs);
            SyncRun syncRun = new SyncRun(new SyncRun.Stores(indexStore, indexStore, indexFiles), sources, sources, search,
                    pipeline, new Screenshots(sources, new PageRenderer(100f), attachmentBlobs, indexFiles,
                            config.sync().maxPages(), clock),
                    clock, config.sync().batchSize(), Duration.ofMillis(config.sync().commitIntervalMillis()));
            SyncScheduler scheduler = new SyncScheduler(indexStore, indexStore, syncRun, ids, clock,
                    config.sync().workers(), Duration.ofMillis(config.sync().debounceMillis()), coordination);
            syncs.set(scheduler);
            metrics.syncJobs(() -> indexStore.countJobs("queued"), () -> indexStore.countJobs("running"));
            resources.add(scheduler);
            // Index lookups of retrieval and the file tools run on the read pool (see Database#reads).
            IndexService indexService = new IndexService(indexStore, new JdbiIndexStore(database.reads()), indexStore,
                    indexFiles, sources, sources, search,
                    attachmentBlobs, scheduler, new IndexService.EmbeddingModel(embedder.modelName(), embedder.dimension()),
                    ids, clock);

            // Retrieval reads attachments on every request, outside any transaction: on the read pool, so
            // it does not queue behind chat turns' writes for a connection (Database#reads).
            RetrievalService retrieval = new RetrievalService(indexService, search,
                    new JdbiIndexFileStore(database.reads()), embedder,
                    secondModel.map(m -> new TracedEmbedder(m, tracer, metrics)),
                    Pipelines.fusion(config.retrieval()), Pipelines.reranker(config.retrieval()),
                    new RetrievalPolicy(config.retrieval().fullTextWeight(), config.retrieval().vectorWeight(),
                            config.retrieval().secondModelWeight()),
                    metrics, tracer, admission, Pipelines.queryWorkers(limits.searches(), resources));
            FileTools fileTools = new FileTools(indexService, indexFiles);

            JdbiParseJobStore parseJobs = new JdbiParseJobStore(database.jdbi());
            ParseWorkers parseWorkers = Pipelines.parseWorkers(config, parseJobs, blobs, clock, database.embedded());
            resources.add(parseWorkers);
            ParseService parse = new ParseService(parseJobs, blobs, files, parseWorkers, config.maxUploadBytes(),
                    config.sync().parseUrlPrivateHosts(), ids, clock);

            JdbiSessionStore sessionStore = new JdbiSessionStore(database.jdbi());
            resources.add(sessionStore);
            // Turns also see deleted indexes (as not queryable, so they are skipped); new sessions do not.
            TurnIndexes turnIndexes = indexStore::find;
            TurnService turns = new TurnService(sessionStore, turnIndexes,
                    new Agent(new TracedChatModel(Pipelines.chatModel(config.chat(), admission), tracer, config.chat().backend()),
                            new AgentTools(retrieval, fileTools, indexFiles, metrics, tracer),
                            new AgentLimits(config.chat().maxIterations(), config.chat().maxToolCalls())),
                    Pipelines.cachedPool("quire-chat", resources), clock, config.chat().maxPromptChars(), coordination,
                    metrics, tracer);
            resources.add(turns);
            ChatService chat = new ChatService(sessionStore,
                    indexStore::liveIds,
                    turns::cancel, ids, clock);

            HttpServer http = new HttpServer(
                    new HttpServer.Settings(config.host(), config.port(), config.maxJsonBytes(),
                            config.maxUploadBytes(), VERSION, config.dataDir().resolve("tmp").resolve("uploads")),
                    tenancy, new Idempotency(new JdbiIdempotencyStore(database.jdbi()), clock, config.maxUploadBytes()),
                    secrets.loadOrCreate("page-tokens"),
                    List.of(new ProjectRoutes(tenancy), new ChatRoutes(chat, turns, Duration.ofMillis(config.chat().pingMillis())),
                            new FilesRoutes(files, config.maxUploadBytes()), new DirectoriesRoutes(directories),
                            new DirectoryFilesRoutes(directoryFiles, config.maxUploadBytes()),
                            new StorageRoutes(presigner, blobs), new IndexRoutes(indexService),
                            new AttachmentRoutes(indexFiles, indexFiles, presigner),
                            new RetrievalRoutes(retrieval, fileTools),
                            new ConsoleRoutes(new ConsoleAssets(Main.class.getClassLoader())),
                            new BackupRoutes(new BackupService(database, search, blobs, config.dataDir(), VERSION, clock,
                                    ids::uuid)),
                            new ParseRoutes(parse, config.maxUploadBytes())),
                    new HttpServer.Telemetry(metrics, tracer, metrics::scrape, observe.metricsPublic()));
            McpEndpoint mcp = new McpEndpoint(new McpEndpoint.Services(indexService, retrieval, fileTools, indexFiles,
                    chat, turns), metrics, tracer, VERSION);
            resources.add(mcp);
            http.mount(McpEndpoint.PATH, mcp.servlet());
            server.set(http);
            // Repair what a crash may have left, before any request can write: blobs no row names,
            // turns without their stop event.
            OrphanBlobs.sweep(blobs, List.of(fileStore, indexFiles, parseJobs), config.backends().blobs().orphanMinimumAge(), clock);
            turns.closeInterruptedTurns();
            database.reclaimSpace();
            resources.add(Pipelines.every("quire-db-space", SPACE_RECLAIM_INTERVAL, database::reclaimSpace));
            resources.add(Pipelines.every("quire-db-checkpoint", CHECKPOINT_INTERVAL, database::checkpoint));
            http.start();
            // Deletions a crash interrupted are finished before syncs resume and the schedules start.
            indexService.finishDeletions();
            scheduler.start();
            parseWorkers.resume();
            return new Main(lock, database, http, turns, generatedKey, new Internals(indexFiles, search), resources);
        } catch (ConfigurationError e) {
            closeAll(resources);
            database.close();
            lock.close();
            throw new StartupFailure(e.getMessage());
        } catch (Exception | Error e) {
            closeAll(resources);
            database.close();
            lock.close();
            throw e;
        }
    }

    public int port() {
        return http.port();
    }

    public HttpServer http() {
        return http;
    }

    /**
     * The admin key the first start generated, if it did: shown once on a terminal, else written to
     * a 0600 file in the data directory ({@link AdminKeyNotice}); the database keeps only its hash.
     */
    public Optional<String> generatedKey() {
        return generatedKey;
    }

    /**
     * Stops in the order that loses nothing: new requests get 503; running chat turns are cancelled and
     * their streams end with a stop event (at most 5 s); then HTTP stops, then syncs, search indexes and
     * pools (in reverse order of creation), then the database, and the data directory is released.
     */
    @Override
    public void close() {
        http.drain();
        turns.close();
        http.close();
        closeAll(resources);
        database.close();
        lock.close();
    }

    /** Closes in reverse order of creation: syncs stop before the indexes and pools they use. */
    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LoggerFactory.getLogger(Main.class).warn("error while shutting down", e);
            }
        }
    }

    /** What tests look inside: per-file sync results and parsed texts, and the search backend. */
    public record Internals(IndexFileStore indexFiles, SearchBackend search) {}

    public Internals internals() {
        return internals;
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("migrate")) {
            System.exit(dev.quire.migrate.MigrateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.getenv(), System.out, System.err));
            return;
        }
        Config config;
        Main main;
        try {
            config = Config.fromEnvironment(System.getenv());
            main = start(config, Clock.systemUTC());
        } catch (StartupFailure | ConfigurationError e) {
            // The operator's fix is in the message; a stack trace would only bury it.
            System.err.println("quire: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(main::close, "quire-shutdown"));
        PrintStream out = System.out;
        // Only a terminal may see the key: anything else (journald, docker logs, a redirect) is a log file.
        main.generatedKey().ifPresent(key -> AdminKeyNotice.deliver(key, AdminKeyNotice.onTerminal(), config.dataDir(), out));
        out.println("Quire listening on http://" + config.host() + ":" + main.port() + " (data: " + config.dataDir() + ")");
        out.flush();
    }
}
