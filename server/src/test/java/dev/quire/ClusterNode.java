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
import dev.quire.indexes.Indexing;
import dev.quire.indexes.JdbiIndexFileStore;
import dev.quire.indexes.JdbiIndexStore;
import dev.quire.ingest.Embedder;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.RetrievalPolicy;
import dev.quire.retrieval.RetrievalService;
import dev.quire.search.SearchIndexes;
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
    public record Backends(SearchIndexes search, BlobStore blobs, Embedder embedder) {}

    public final Coordination coordination;
    public final TenancyService tenancy;
    public final DirectoriesService directories;
    public final DirectoryFilesService directoryFiles;
    public final Indexing indexing;
    public final TurnService turns;
    public final ChatService chat;
    private final List<AutoCloseable> resources = new ArrayList<>();

    public ClusterNode(Config config, Jdbi jdbi, Backends shared, Coordination coordination) {
        this.coordination = coordination;
        Clock clock = Clock.systemUTC();
        Ids ids = Ids.random();
        JdbiTenancyStore tenancyStore = new JdbiTenancyStore(jdbi);
        tenancy = new TenancyService(tenancyStore, tenancyStore, new ApiKeys(new SecureRandom()), ids, clock);
        AtomicReference<Indexing> indexes = new AtomicReference<>();
        JdbiSecrets secrets = new JdbiSecrets(jdbi, new SecureRandom(), clock);
        Presigner presigner = new Presigner(secrets.loadOrCreate("presigned-urls"), clock,
                Presigner.baseUrl(java.util.Optional.empty(), "127.0.0.1", () -> 1));
        JdbiDirectoryStore directoryStore = new JdbiDirectoryStore(jdbi);
        JdbiDirectoryFileStore directoryFileStore = new JdbiDirectoryFileStore(jdbi);
        JdbiIndexStore indexStore = new JdbiIndexStore(jdbi);
        DirectoryChangeListener changes = (project, dir) -> indexes.get().directoryChanged(project, dir);
        FilesService files = new FilesService(new JdbiFileStore(jdbi), shared.blobs(), presigner,
                new DirectoryFileReferences(directoryFileStore, changes), ids, clock);
        directories = new DirectoriesService(directoryStore, indexStore::isSource, changes, ids, clock);
        directoryFiles = new DirectoryFilesService(directoryStore, directoryFileStore, files, changes, ids, clock);
        DirectorySources sources = new DirectorySources(
                new StoredDirectoryCatalog(directoryStore, directoryFileStore, ids, clock), files);
        JdbiIndexFileStore indexFiles = new JdbiIndexFileStore(jdbi);
        indexing = new Indexing(new Indexing.Storage(indexStore, indexFiles, shared.search(), shared.blobs()),
                sources, sources, Pipelines.ingest(config, shared.embedder(), resources),
                new Indexing.Settings(config.sync().workers(), config.sync().batchSize(),
                        Duration.ofMillis(config.sync().debounceMillis()), config.sync().maxPages(),
                        Duration.ofMillis(config.sync().commitIntervalMillis()), coordination),
                ids, clock);
        indexes.set(indexing);
        resources.add(indexing);
        RetrievalService retrieval = new RetrievalService(indexing.service(), shared.search(), indexFiles,
                shared.embedder(), Pipelines.fusion(config.retrieval()), Pipelines.reranker(config.retrieval()),
                new RetrievalPolicy(config.retrieval().fullTextWeight(), config.retrieval().vectorWeight()));
        FileTools fileTools = new FileTools(indexing.service(), indexFiles);
        JdbiSessionStore sessionStore = new JdbiSessionStore(jdbi);
        resources.add(sessionStore);
        TurnIndexes turnIndexes = indexStore::find;
        turns = new TurnService(sessionStore, turnIndexes,
                new Agent(Pipelines.chatModel(config.chat()), new AgentTools(retrieval, fileTools, indexFiles),
                        new AgentLimits(config.chat().maxIterations(), config.chat().maxToolCalls())),
                Pipelines.cachedPool("quire-chat", resources), clock, config.chat().maxPromptChars(), coordination);
        resources.add(turns);
        chat = new ChatService(sessionStore, indexStore::liveIds, turns::cancel, ids, clock);
        turns.closeInterruptedTurns();
        indexing.start();
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
