package dev.quire.indexes;

import dev.quire.common.Coordination;
import dev.quire.common.Ids;
import dev.quire.ingest.IngestPipeline;
import dev.quire.ingest.PageRenderer;
import dev.quire.search.SearchBackend;
import dev.quire.storage.BlobStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Assembles the indexes feature from what it depends on, so that Main stays a list of plain
 * constructor calls: the catalog service, the sync scheduler and the routes.
 */
public final class Indexing implements AutoCloseable {
    private final IndexService service;
    private final SyncScheduler scheduler;
    private final Storage storage;

    /** Tunables of syncing, from Config; {@code coordination}: this node among the others on the database. */
    public record Settings(int workers, int batchSize, Duration debounce, int maxScreenshotPages,
                           Duration commitInterval, Coordination coordination) {}

    /** Where the index data lives. */
    public record Storage(JdbiIndexStore catalog, JdbiIndexFileStore files, SearchBackend search,
                          BlobStore blobs) {}

    public Indexing(Storage storage, SourceFiles sources, OutputDirectories outputs, IngestPipeline pipeline,
                    Settings settings, Ids ids, Clock clock) {
        this.storage = storage;
        AttachmentBlobs attachmentBlobs = new AttachmentBlobs(storage.blobs());
        Screenshots screenshots = new Screenshots(sources, new PageRenderer(100f), attachmentBlobs, storage.files(),
                settings.maxScreenshotPages(), clock);
        SyncRun run = new SyncRun(new SyncRun.Stores(storage.catalog(), storage.catalog(), storage.files()), sources,
                outputs, storage.search(), pipeline, screenshots, clock, settings.batchSize(), settings.commitInterval());
        this.scheduler = new SyncScheduler(storage.catalog(), storage.catalog(), run, ids, clock, settings.workers(),
                settings.debounce(), settings.coordination());
        this.service = new IndexService(storage.catalog(), storage.catalog(), storage.files(), sources, outputs,
                storage.search(), attachmentBlobs, scheduler, new IndexService.EmbeddingModel(pipeline.embedder().modelName(),
                pipeline.embedder().dimension()), ids, clock);
    }

    /**
     * Finishes deletions a crash interrupted, then resumes syncs a previous run left unfinished and
     * starts the periodic scheduler.
     */
    public void start() {
        service.finishDeletions();
        scheduler.start();
    }

    public IndexService service() {
        return service;
    }

    /** The hook the directories feature calls when a directory's files change. */
    public void directoryChanged(String projectId, String directoryId) {
        scheduler.directoryChanged(projectId, directoryId);
    }

    /** Per-file sync results and parsed texts (retrieval reads them; tests inspect them). */
    public IndexFileStore files() {
        return storage.files();
    }

    /** The search backend (retrieval searches them; tests inspect them). */
    public SearchBackend search() {
        return storage.search();
    }

    public IndexRoutes routes() {
        return new IndexRoutes(service);
    }

    /** The scheduler (tests stop it the way a killed node stops). */
    SyncScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void close() {
        scheduler.close();
    }
}
