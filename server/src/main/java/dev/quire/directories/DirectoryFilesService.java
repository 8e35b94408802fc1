package dev.quire.directories;

import dev.quire.db.Transactions;
import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.files.FileCatalog;
import dev.quire.files.FilesService;
import dev.quire.files.NewFile;
import dev.quire.files.StoredFile;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entries of directories: add a file, upload and add, list, read, update (incl. move), delete.
 * Adding an entry whose unique id a live entry already has replaces that entry in place (same id).
 * Every write is one transaction; the change listener hears about it after the commit.
 */
public final class DirectoryFilesService {
    private final DirectoryStore directories;
    private final Transactions transactions;
    private final DirectoryFileStore entries;
    private final FileCatalog files;
    private final Notifier notifier;
    private final Ids ids;
    private final Clock clock;

    public DirectoryFilesService(DirectoryStore directories, DirectoryFileStore entries, FileCatalog files,
            Transactions transactions, DirectoryChangeListener listener, Ids ids, Clock clock) {
        this.directories = directories;
        this.transactions = transactions;
        this.entries = entries;
        this.files = files;
        this.notifier = new Notifier(listener);
        this.ids = ids;
        this.clock = clock;
    }

    /** How an entry names and describes its file; empty values take the defaults of contract §6.1. */
    public record EntryFields(Optional<String> displayName, Map<String, Object> metadata, Optional<String> uniqueId) {
        public EntryFields {
            metadata = Metadata.copy(metadata);
        }
    }

    /** A validated PATCH: empty = unchanged; {@code metadata} replaces the whole user layer. */
    public record Change(Optional<String> displayName, Optional<Map<String, Object>> metadata,
            Optional<String> targetDirectoryId, Optional<String> uniqueId) {}

    public DirectoryFileResponse add(String projectId, String directoryId, String fileId, EntryFields fields) {
        Directory directory = writable(projectId, directoryId);
        StoredFile file = files.find(projectId, fileId).orElseThrow(() -> new ApiException.NotFound("File not found"));
        DirectoryFile entry = transactions.inTransaction(() -> upsert(directory, file, fields));
        notifier.changed(projectId, List.of(directory.id()));
        return DirectoryFileResponse.of(entry, null);
    }

    /** Stores the upload as a file (purpose user_data) and adds it, both or neither. */
    public DirectoryFileResponse upload(String projectId, String directoryId, NewFile upload, EntryFields fields) {
        Directory directory = writable(projectId, directoryId);
        StoredFile staged = files.stage(projectId, upload);
        DirectoryFile entry;
        try {
            entry = transactions.inTransaction(() -> {
                files.insert(staged);
                return upsert(directory, staged, fields);
            });
        } catch (RuntimeException e) {
            files.discard(staged);
            throw e;
        }
        notifier.changed(projectId, List.of(directory.id()));
        return DirectoryFileResponse.of(entry, null);
    }

    public Page<DirectoryFileResponse> list(String projectId, DirectoryFileQuery query, PageRequest page,
            boolean withDownloadUrl) {
        live(projectId, query.directoryId());
        List<DirectoryFile> rows = entries.list(projectId, query, page);
        boolean more = rows.size() > page.size();
        List<DirectoryFile> items = more ? rows.subList(0, page.size()) : rows;
        String next = null;
        if (more) {
            DirectoryFile last = items.get(items.size() - 1);
            next = PageToken.encode(query.filters(), Long.toString(last.createdAt()), last.id());
        }
        return new Page<>(items.stream().map(e -> response(e, withDownloadUrl)).toList(), next, null);
    }

    public DirectoryFileResponse get(String projectId, String directoryId, String entryId, boolean withDownloadUrl) {
        return response(liveEntry(live(projectId, directoryId), entryId), withDownloadUrl);
    }

    public DirectoryFileResponse update(String projectId, String directoryId, String entryId, Change change) {
        Directory directory = writable(projectId, directoryId);
        DirectoryFile entry = liveEntry(directory, entryId);
        String targetId = change.targetDirectoryId().filter(t -> !t.equals(directory.id()))
                .map(t -> writable(projectId, t).id()).orElse(directory.id());
        String uniqueId = change.uniqueId().orElse(entry.uniqueId());
        DirectoryFile updated = new DirectoryFile(entry.id(), projectId, targetId, uniqueId,
                change.displayName().orElse(entry.displayName()), entry.fileId(), entry.systemMetadata(),
                change.metadata().orElse(entry.userMetadata()), entry.createdAt(), Timestamps.nowMicros(clock),
                Optional.empty());
        transactions.inTransaction(() -> {
            entries.findLive(targetId, uniqueId).filter(other -> !other.id().equals(entry.id())).ifPresent(other -> {
                throw new ApiException.Conflict("A file with unique_id '" + uniqueId + "' already exists in the directory");
            });
            entries.update(updated);
            return null;
        });
        notifier.changed(projectId, List.of(directory.id(), targetId));
        return response(updated, false);
    }

    /** Soft delete. Deleting twice is not an error; ids unknown in the directory are 404. */
    public void delete(String projectId, String directoryId, String entryId) {
        Directory directory = writable(projectId, directoryId);
        DirectoryFile entry = entries.find(projectId, entryId).filter(e -> e.directoryId().equals(directory.id()))
                .orElseThrow(DirectoryFilesService::notFound);
        if (!entry.deleted()) {
            entries.update(entry.deletedAt(Timestamps.nowMicros(clock)));
            notifier.changed(projectId, List.of(directory.id()));
        }
    }

    /** Inserts the entry, or replaces the live one with the same unique id in place. Runs in the caller's transaction. */
    private DirectoryFile upsert(Directory directory, StoredFile file, EntryFields fields) {
        String uniqueId = fields.uniqueId().or(file::externalFileId).orElse(file.name());
        String displayName = fields.displayName().orElse(file.name());
        long now = Timestamps.nowMicros(clock);
        Optional<DirectoryFile> existing = entries.findLive(directory.id(), uniqueId);
        DirectoryFile entry = new DirectoryFile(existing.map(DirectoryFile::id).orElseGet(() -> ids.prefixed("dfl")),
                directory.projectId(), directory.id(), uniqueId, displayName, Optional.of(file.id()),
                systemLayer(file), fields.metadata(), existing.map(DirectoryFile::createdAt).orElse(now), now,
                Optional.empty());
        if (existing.isPresent()) {
            entries.update(entry);
        } else {
            entries.insert(entry);
        }
        return entry;
    }

    static Map<String, Object> systemLayer(StoredFile file) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("file_name", file.name());
        file.fileType().ifPresent(t -> system.put("file_type", t));
        system.put("file_size", file.size());
        return system;
    }

    private DirectoryFileResponse response(DirectoryFile entry, boolean withDownloadUrl) {
        if (!withDownloadUrl) {
            return DirectoryFileResponse.of(entry, null);
        }
        return DirectoryFileResponse.of(entry, entry.fileId().flatMap(id -> files.find(entry.projectId(), id))
                .map(f -> files.downloadUrl(f, FilesService.DEFAULT_LINK_TTL)).orElse(null));
    }

    private Directory live(String projectId, String directoryId) {
        return directories.find(projectId, directoryId).filter(d -> !d.deleted())
                .orElseThrow(DirectoriesService::notFound);
    }

    private Directory writable(String projectId, String directoryId) {
        Directory directory = live(projectId, directoryId);
        if (directory.isIndexOutput()) {
            throw new ApiException.BadRequest("Index directories are managed by their index; files cannot be changed");
        }
        return directory;
    }

    private DirectoryFile liveEntry(Directory directory, String entryId) {
        return entries.find(directory.projectId(), entryId)
                .filter(e -> e.directoryId().equals(directory.id()) && !e.deleted())
                .orElseThrow(DirectoryFilesService::notFound);
    }

    private static ApiException notFound() {
        return new ApiException.NotFound("Directory file not found");
    }
}
