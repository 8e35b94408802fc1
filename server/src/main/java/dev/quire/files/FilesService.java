package dev.quire.files;

import dev.quire.db.Transactions;
import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import dev.quire.storage.BlobStore;
import dev.quire.storage.ContentTypes;
import dev.quire.storage.Presigner;
import dev.quire.storage.PresignedUrl;
import dev.quire.storage.StoredBlob;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Uploaded files: upload, list, read, delete, and presigned links to their bytes. A file belongs to
 * the project it was uploaded to and is invisible from any other (lookups answer 404).
 */
public final class FilesService implements FileCatalog {
    public static final List<String> PURPOSES =
            List.of("user_data", "parse", "extract", "split", "classify", "sheet", "agent_app");
    public static final Duration DEFAULT_LINK_TTL = Duration.ofHours(1);
    /** file_type is varchar(255); a longer "extension" (a name like {@code a.xxxx...}) is no type at all. */
    private static final int MAX_TYPE_CHARS = 255;
    public static final Duration MAX_LINK_TTL = Duration.ofDays(7);

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FilesService.class);

    private final FileStore files;
    private final Transactions transactions;
    private final BlobStore blobs;
    private final Presigner presigner;
    private final FileReferences references;
    private final Ids ids;
    private final Clock clock;

    public FilesService(FileStore files, Transactions transactions, BlobStore blobs, Presigner presigner, FileReferences references,
            Ids ids, Clock clock) {
        this.files = files;
        this.transactions = transactions;
        this.blobs = blobs;
        this.presigner = presigner;
        this.references = references;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code file}: purpose already validated against {@link #PURPOSES}. */
    public FileResponse upload(String projectId, NewFile file) {
        StoredFile staged = stage(projectId, file);
        try {
            files.insert(staged);
        } catch (RuntimeException e) {
            discard(staged);
            throw e;
        }
        return FileResponse.of(staged, null);
    }

    public Page<FileResponse> list(String projectId, FileQuery query, PageRequest page, boolean withDownloadUrl) {
        List<StoredFile> rows = files.list(projectId, query, page);
        boolean more = rows.size() > page.size();
        List<StoredFile> items = more ? rows.subList(0, page.size()) : rows;
        String next = null;
        if (more) {
            StoredFile last = items.get(items.size() - 1);
            String sortKey = switch (query.order()) {
                case CREATED_AT -> Long.toString(last.createdAt());
                case NAME -> last.name();
                case ID -> last.id();
            };
            next = PageToken.encode(query.filters(), sortKey, last.id());
        }
        return new Page<>(items.stream().map(f -> response(f, withDownloadUrl)).toList(), next, null);
    }

    public FileResponse get(String projectId, String fileId, boolean withDownloadUrl) {
        return response(live(projectId, fileId), withDownloadUrl);
    }

    /**
     * Tombstones the file and soft-deletes the directory entries that point at it, in one
     * transaction; then removes the bytes. Deleting twice is not an error; unknown ids are 404.
     */
    public void delete(String projectId, String fileId) {
        StoredFile file = files.find(projectId, fileId).orElseThrow(FilesService::notFound);
        if (file.deleted()) {
            return;
        }
        long now = Timestamps.nowMicros(clock);
        AtomicReference<Runnable> afterCommit = new AtomicReference<>();
        boolean deleted = transactions.inTransaction(() -> {
            boolean changed = files.markDeleted(projectId, fileId, now);
            if (changed) {
                afterCommit.set(references.release(projectId, fileId, now));
            }
            return changed;
        });
        if (deleted) {
            try {
                blobs.delete(file.blobKey());
            } catch (java.io.UncheckedIOException e) {
                // The tombstone is committed: answer 204 and leave an orphan blob rather than a 500.
                LOG.warn("could not remove the blob of deleted file {}", fileId, e);
            }
            afterCommit.get().run();
        }
    }

    public PresignedUrl contentUrl(String projectId, String fileId, Duration ttl) {
        return downloadUrl(live(projectId, fileId), ttl);
    }

    @Override
    public Optional<StoredFile> find(String projectId, String fileId) {
        return files.find(projectId, fileId).filter(f -> !f.deleted());
    }

    @Override
    public InputStream open(StoredFile file) {
        return blobs.open(file.blobKey()).orElseThrow(() -> new ApiException.NotFound("File content not found"));
    }

    @Override
    public StoredFile stage(String projectId, NewFile file) {
        StoredBlob blob = blobs.put(file.content());
        long now = Timestamps.nowMicros(clock);
        Optional<String> type = ContentTypes.extension(file.name()).filter(e -> e.length() <= MAX_TYPE_CHARS);
        return new StoredFile(ids.uuid(), projectId, file.name(), type, file.externalFileId(), file.purpose(), blob.key(), blob.size(), blob.sha256(), now, now,
                Optional.empty());
    }

    @Override
    public void insert(StoredFile staged) {
        files.insert(staged);
    }

    @Override
    public void discard(StoredFile staged) {
        blobs.delete(staged.blobKey());
    }

    @Override
    public PresignedUrl downloadUrl(StoredFile file, Duration ttl) {
        return presigner.presign(file.blobKey(), ContentTypes.forFileName(file.name()), file.name(), ttl);
    }

    private FileResponse response(StoredFile file, boolean withDownloadUrl) {
        return FileResponse.of(file, withDownloadUrl ? downloadUrl(file, DEFAULT_LINK_TTL) : null);
    }

    private StoredFile live(String projectId, String fileId) {
        return find(projectId, fileId).orElseThrow(FilesService::notFound);
    }

    private static ApiException notFound() {
        return new ApiException.NotFound("File not found");
    }
}
