package dev.quire;

import dev.quire.chat.ChatService;
import dev.quire.chat.JdbiSessionStore;
import dev.quire.chat.TurnIndexes;
import dev.quire.chat.TurnService;
import dev.quire.chat.agent.Agent;
import dev.quire.chat.agent.AgentLimits;
import dev.quire.chat.agent.AgentTools;
import dev.quire.common.Coordination;
import dev.quire.common.Ids;
import dev.quire.directories.DirectoriesService;
import dev.quire.directories.DirectoryChangeListener;
import dev.quire.directories.DirectoryFileReferences;
import dev.quire.directories.DirectoryFilesService;
import dev.quire.directories.JdbiDirectoryFileStore;
import dev.quire.directories.JdbiDirectoryStore;
import dev.quire.directories.StoredDirectoryCatalog;
import dev.quire.files.FilesService;
import dev.quire.files.JdbiFileStore;
import dev.quire.indexes.AttachmentBlobs;
import dev.quire.indexes.IndexService;
import dev.quire.indexes.Screenshots;
import dev.quire.indexes.SyncRun;
import dev.quire.indexes.SyncScheduler;
import dev.quire.ingest.PageRenderer;
import dev.quire.indexes.JdbiIndexFileStore;
import dev.quire.indexes.JdbiIndexStore;
import dev.quire.ingest.Embedder;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.RetrievalPolicy;
import dev.quire.retrieval.RetrievalService;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackends;
import dev.quire.search.SearchSettings;
import dev.quire.storage.BlobStore;
import dev.quire.storage.JdbiSecrets;
import dev.quire.storage.Presigner;
import dev.quire.tenancy.ApiKeys;
import dev.quire.tenancy.JdbiTenancyStore;
import dev.quire.tenancy.TenancyService;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * One Quire "node" for cluster tests: the services Main wires (without HTTP), with their own stores,
 * caches and threads, over a database and backends that other nodes in the same JVM share.
 */
public final class ClusterNode implements AutoCloseable {
    /** What the nodes of a test cluster share besides the database: search and blob backends, the embedder. */
    public record Backends(SearchBackend search, BlobStore blobs, Embedder embedder,
                           java.util.Optional<Embedder> secondEmbedder) {}

    /** The backends of a test cluster under {@code dir}; their resources join {@code resources}. */
    public static Backends backends(Config config, java.nio.file.Path dir, List<AutoCloseable> resources) {
        SearchBackend search = SearchBackends.open(SearchSettings.lucene(), dir);
        resources.add(search);
        return new Backends(search, dev.quire.storage.FileSystemBlobStore.open(dir),
                Pipelines.embedder(config.embedding(), resources), Pipelines.secondEmbedder(config.embedding(), resources));
    }

    public final Coordination coordination;
    private final JdbiTenancyStore tenancyStore;
    private final Ids ids = Ids.random();
    public final TenancyService tenancy;
    public final DirectoriesService directories;
    public final DirectoryFilesService directoryFiles;
    public final IndexService indexService;
    public final SyncScheduler scheduler;
    public final JdbiIndexFileStore indexFiles;
    public final TurnService turns;
    public final ChatService chat;
    private final List<AutoCloseable> resources = new ArrayList<>();

    public ClusterNode(Config config, Jdbi jdbi, Backends shared, Coordination coordination) {
        this.coordination = coordination;
        Clock clock = Clock.systemUTC();
        tenancyStore = new JdbiTenancyStore(jdbi);
        tenancy = new TenancyService(tenancyStore, tenancyStore, new ApiKeys(new SecureRandom()), ids, clock);
        AtomicReference<SyncScheduler> indexes = new AtomicReference<>();
        JdbiSecrets secrets = new JdbiSecrets(jdbi, new SecureRandom(), clock);
        Presigner presigner = new Presigner(secrets.loadOrCreate("presigned-urls"), clock,
                Presigner.baseUrl(java.util.Optional.empty(), "127.0.0.1", () -> 1));
        JdbiDirectoryStore directoryStore = new JdbiDirectoryStore(jdbi);
        JdbiDirectoryFileStore directoryFileStore = new JdbiDirectoryFileStore(jdbi);
        JdbiIndexStore indexStore = new JdbiIndexStore(jdbi);
        DirectoryChangeListener changes = (project, dir) -> indexes.get().directoryChanged(project, dir);
        // As Database does it: stores on this Jdbi join a transaction bound to the thread.
        dev.quire.db.Transactions transactions = new dev.quire.db.Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return jdbi.inTransaction(h -> work.get());
            }
        };
        FilesService files = new FilesService(new JdbiFileStore(jdbi), transactions, shared.blobs(), presigner,
                new DirectoryFileReferences(directoryFileStore, changes), ids, clock);
        directories = new DirectoriesService(directoryStore, indexStore::isSource, changes, ids, clock);
        directoryFiles = new DirectoryFilesService(directoryStore, directoryFileStore, files, transactions, changes,
                ids, clock);
        DirectorySources sources = new DirectorySources(
                new StoredDirectoryCatalog(directoryStore, directoryFileStore, transactions, ids, clock), files);
        indexFiles = new JdbiIndexFileStore(jdbi);
        // The same wiring as Main's.
        AttachmentBlobs attachmentBlobs = new AttachmentBlobs(shared.blobs());
        SyncRun syncRun = new SyncRun(new SyncRun.Stores(indexStore, indexStore, indexFiles), sources, sources,
                shared.search(), Pipelines.ingest(config, shared.embedder(), shared.secondEmbedder(), resources),
                new Screenshots(sources, new PageRenderer(100f), attachmentBlobs, indexFiles, config.sync().maxPages(), clock),
                clock, config.sync().batchSize(), Duration.ofMillis(config.sync().commitIntervalMillis()));
        scheduler = new SyncScheduler(indexStore, indexStore, syncRun, ids, clock, config.sync().workers(),
                Duration.ofMillis(config.sync().debounceMillis()), coordination);
        indexes.set(scheduler);
        resources.add(scheduler);
        indexService = new IndexService(indexStore, indexStore, indexFiles, sources, sources, shared.search(),
                attachmentBlobs, scheduler, new IndexService.EmbeddingModel(shared.embedder().modelName(),
                shared.embedder().dimension()), ids, clock);
        RetrievalService retrieval = new RetrievalService(indexService, shared.search(), indexFiles,
                shared.embedder(), shared.secondEmbedder(), Pipelines.fusion(config.retrieval()),
                Pipelines.reranker(config.retrieval()),
                new RetrievalPolicy(config.retrieval().fullTextWeight(), config.retrieval().vectorWeight(),
                        config.retrieval().secondModelWeight()));
        FileTools fileTools = new FileTools(indexService, indexFiles);
        JdbiSessionStore sessionStore = new JdbiSessionStore(jdbi);
        resources.add(sessionStore);
        TurnIndexes turnIndexes = indexStore::find;
        turns = new TurnService(sessionStore, turnIndexes,
                new Agent(Pipelines.chatModel(config.chat(), new dev.quire.admission.Admission(
                        new dev.quire.admission.Admission.Settings(2, 256, Duration.ofSeconds(10)))), new AgentTools(retrieval, fileTools, indexFiles),
                        new AgentLimits(config.chat().maxIterations(), config.chat().maxToolCalls())),
                Pipelines.cachedPool("quire-chat", resources), clock, config.chat().maxPromptChars(), coordination);
        resources.add(turns);
        chat = new ChatService(sessionStore, indexStore::liveIds, turns::cancel, ids, clock);
        turns.closeInterruptedTurns();
        indexService.finishDeletions();
        scheduler.start();
    }

    /** Creates the default project with an admin key (what the first start does); returns the project id. */
    public String bootstrap(String adminKey) {
        new dev.quire.tenancy.Bootstrap(tenancyStore, tenancyStore, tenancy, ids, Clock.systemUTC())
                .run(java.util.Optional.of(adminKey));
        return tenancy.authenticate(java.util.Optional.of(adminKey)).projectId();
    }

    /** A user directory with the given text files; returns its id. */
    public String directoryWith(String projectId, java.util.Map<String, String> files) {
        String dir = directories.create(projectId, new DirectoriesService.NewDirectory("docs",
                java.util.Optional.empty(), "user", java.util.Optional.empty(), java.util.Optional.empty())).id();
        files.forEach((name, text) -> directoryFiles.upload(projectId, dir, new dev.quire.files.NewFile(name,
                        "user_data", java.util.Optional.empty(),
                        new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                new DirectoryFilesService.EntryFields(java.util.Optional.empty(), java.util.Map.of(),
                        java.util.Optional.empty())));
        return dir;
    }

    @Override
    public void close() {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
