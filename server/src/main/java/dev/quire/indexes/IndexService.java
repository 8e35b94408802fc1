package dev.quire.indexes;

import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import dev.quire.search.SearchBackend;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The index catalog: create (which queues the first sync), read, list, delete, sync and cancel.
 * Every lookup is scoped to a project and accepts the index id or its export config id.
 */
public final class IndexService {
    private final IndexStore indexes;
    private final IndexStore lookups;
    private final SyncJobStore jobs;
    private final IndexFileStore files;
    private final SourceFiles sources;
    private final OutputDirectories outputs;
    private final SearchBackend search;
    private final AttachmentBlobs attachmentBlobs;
    private final SyncScheduler scheduler;
    private final EmbeddingModel model;
    private final Ids ids;
    private final Clock clock;

    /** The embedding model new indexes are built with; an index is only ever queried with its own. */
    public record EmbeddingModel(String name, int dimension) {}

    public IndexService(IndexStore indexes, SyncJobStore jobs, IndexFileStore files, SourceFiles sources,
                 OutputDirectories outputs, SearchBackend search, AttachmentBlobs attachmentBlobs,
                 SyncScheduler scheduler, EmbeddingModel model,
                 Ids ids, Clock clock) {
        this(indexes, indexes, jobs, files, sources, outputs, search, attachmentBlobs, scheduler, model, ids, clock);
    }

    /**
     * {@code lookups}: where {@link #live} reads, on every retrieval and file tool call and never inside
     * a transaction, so it may be a store on the database's read connections ({@code Database#reads}).
     */
    public IndexService(IndexStore indexes, IndexStore lookups, SyncJobStore jobs, IndexFileStore files,
                 SourceFiles sources, OutputDirectories outputs, SearchBackend search, AttachmentBlobs attachmentBlobs,
                 SyncScheduler scheduler, EmbeddingModel model,
                 Ids ids, Clock clock) {
        this.indexes = indexes;
        this.lookups = lookups;
        this.jobs = jobs;
        this.files = files;
        this.sources = sources;
        this.outputs = outputs;
        this.search = search;
        this.attachmentBlobs = attachmentBlobs;
        this.scheduler = scheduler;
        this.model = model;
        this.ids = ids;
        this.clock = clock;
    }

    /** A validated create request. */
    public record CreateRequest(String sourceDirectoryId, Optional<String> name, Optional<String> description,
                                List<Index.Product> products, List<String> storeAttachments, String syncFrequency,
                                String vectorTarget) {}

    public IndexView create(String projectId, CreateRequest request) {
        SourceFiles.Directory source = sources.directory(projectId, request.sourceDirectoryId())
                .orElseThrow(() -> new ApiException.NotFound("Directory not found"));
        if (!source.type().equals("user") && !source.type().equals("ephemeral")) {
            throw new ApiException.BadRequest("An index's source must be a user or ephemeral directory, not "
                    + source.type());
        }
        String name = request.name().filter(n -> !n.isBlank()).orElse(source.name());
        String id = ids.prefixed("idx");
        String outputDirectory = outputs.create(projectId, id, name);
        long now = Timestamps.nowMicros(clock);
        Index index = new Index(id, projectId, name, request.description(), source.id(),
                outputDirectory, ids.uuid(), ids.uuid(), request.syncFrequency(), request.storeAttachments(),
                request.vectorTarget(), request.products(), model.name(), model.dimension(), Index.PENDING,
                Optional.empty(), false, now, now, Optional.empty(), Optional.empty(), Optional.empty());
        SyncJob first = scheduler.newJob(index.id());
        try {
            indexes.insert(index, first);
        } catch (RuntimeException e) {
            outputs.delete(projectId, outputDirectory);
            throw e;
        }
        scheduler.wake();
        return view(index, false);
    }

    public IndexView get(String projectId, String indexId, boolean expandSyncInProgress) {
        return view(live(projectId, indexId), expandSyncInProgress);
    }

    public Page<IndexView> list(String projectId, Optional<String> sourceDirectoryId, PageRequest page,
                                List<String> filters) {
        List<Index> rows = indexes.list(projectId, sourceDirectoryId, page);
        boolean more = rows.size() > page.size();
        List<Index> items = more ? rows.subList(0, page.size()) : rows;
        String next = null;
        if (more) {
            Index last = items.get(items.size() - 1);
            next = PageToken.encode(filters, Long.toString(last.createdAt()), last.id());
        }
        return new Page<>(items.stream().map(i -> view(i, false)).toList(), next, null);
    }

    public IndexView sync(String projectId, String indexId) {
        Index index = live(projectId, indexId);
        scheduler.request(index, sources.lastChange(projectId, index.sourceDirectoryId()));
        return view(live(projectId, indexId), false);
    }

    public IndexView cancelSync(String projectId, String indexId) {
        Index index = live(projectId, indexId);
        scheduler.cancel(index);
        return view(index, false);
    }

    /** Deletes an index with its chunks and output directory; deleting twice is not an error. */
    /**
     * An index deleted while the server stopped part-way through freeing its space still has its
     * search folder (removed last): free the rest now. Runs at start-up, before any sync.
     */
    public void finishDeletions() {
        for (String id : search.storedIndexIds()) {
            Optional<Index> index = indexes.byId(id);
            if (index.map(i -> i.deletedAt().isPresent()).orElse(true)) {
                attachmentBlobs.delete(files.removeAll(id));
                index.ifPresent(i -> outputs.delete(i.projectId(), i.outputDirectoryId()));
                search.drop(id);
            }
        }
    }

    public void delete(String projectId, String indexId) {
        Index index = indexes.find(projectId, indexId).orElseThrow(IndexService::notFound);
        if (index.deletedAt().isPresent()) {
            return;
        }
        long now = Timestamps.nowMicros(clock);
        indexes.update(index.withState(index.status(), index.errorMessage(), index.hasExport(), now,
                index.lastSyncedAt(), index.lastExportedAt(), Optional.of(now)));
        scheduler.cancelAndWait(index.id());
        // The tombstone above is the commit point; what follows frees the space. Rows go before the
        // bytes they point at, and the search folder last, so a crash part-way leaves only orphans
        // (blobs no live row lists, the folder of a deleted index) for the start-up repair.
        attachmentBlobs.delete(files.removeAll(index.id()));
        outputs.delete(projectId, index.outputDirectoryId());
        search.drop(index.id());
    }

    /** A live index of the project, by id or export config id. */
    public Index live(String projectId, String indexId) {
        return lookups.find(projectId, indexId).filter(i -> i.deletedAt().isEmpty())
                .orElseThrow(IndexService::notFound);
    }

    private IndexView view(Index index, boolean expandSyncInProgress) {
        return IndexView.of(index, jobs.latest(index.id()), files.stats(index.id()), expandSyncInProgress);
    }

    private static ApiException notFound() {
        return new ApiException.NotFound("Index not found");
    }
}
