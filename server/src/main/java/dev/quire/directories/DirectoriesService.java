package dev.quire.directories;

import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Directories: create, list, read, rename, delete. Index-type directories belong to their index:
 * users cannot change or delete them (400), and a directory an index reads cannot be deleted (409).
 */
public final class DirectoriesService {
    public static final List<String> CREATABLE_TYPES = List.of(Directory.USER, Directory.EPHEMERAL);
    public static final List<String> KNOWN_TYPES =
            List.of(Directory.USER, Directory.INDEX, Directory.EPHEMERAL, "system_ephemeral");
    public static final Duration EPHEMERAL_LIFETIME = Duration.ofHours(24);

    private final DirectoryStore directories;
    private final SourceDirectoryGuard guard;
    private final Notifier notifier;
    private final Ids ids;
    private final Clock clock;

    public DirectoriesService(DirectoryStore directories, SourceDirectoryGuard guard, DirectoryChangeListener listener,
            Ids ids, Clock clock) {
        this.directories = directories;
        this.guard = guard;
        this.notifier = new Notifier(listener);
        this.ids = ids;
        this.clock = clock;
    }

    /** A validated create request; {@code type} is one of {@link #CREATABLE_TYPES}. */
    public record NewDirectory(String name, Optional<String> description, String type,
            Optional<Map<String, Object>> systemMetadata, Optional<Long> expiresAt) {}

    public DirectoryResponse create(String projectId, NewDirectory d) {
        long now = Timestamps.nowMicros(clock);
        Optional<Long> expires = d.expiresAt().or(() -> Directory.EPHEMERAL.equals(d.type())
                ? Optional.of(now + EPHEMERAL_LIFETIME.toNanos() / 1000) : Optional.empty());
        Directory directory = new Directory(ids.prefixed("dir"), projectId, d.name(), d.description(), d.type(),
                d.systemMetadata(), expires, now, now, Optional.empty());
        directories.insert(directory);
        return DirectoryResponse.of(directory);
    }

    public Page<DirectoryResponse> list(String projectId, DirectoryQuery query, PageRequest page) {
        List<Directory> rows = directories.list(projectId, query, page);
        boolean more = rows.size() > page.size();
        List<Directory> items = more ? rows.subList(0, page.size()) : rows;
        String next = null;
        if (more) {
            Directory last = items.get(items.size() - 1);
            next = PageToken.encode(query.filters(), Long.toString(last.createdAt()), last.id());
        }
        return new Page<>(items.stream().map(DirectoryResponse::of).toList(), next, null);
    }

    public DirectoryResponse get(String projectId, String directoryId) {
        return DirectoryResponse.of(live(projectId, directoryId));
    }

    /** {@code name} empty = unchanged; {@code description} empty = unchanged, Optional.of(empty) = clear. */
    public DirectoryResponse update(String projectId, String directoryId, Optional<String> name,
            Optional<Optional<String>> description) {
        Directory current = live(projectId, directoryId);
        if (current.isIndexOutput()) {
            throw new ApiException.BadRequest("Index directories are managed by their index and cannot be modified");
        }
        Directory updated = current.renamed(name.orElse(current.name()), description.orElse(current.description()),
                Timestamps.nowMicros(clock));
        directories.update(updated);
        return DirectoryResponse.of(updated);
    }

    /** Tombstones the directory and its entries. Deleting twice is not an error; unknown ids are 404. */
    public void delete(String projectId, String directoryId) {
        Directory directory = directories.find(projectId, directoryId).orElseThrow(DirectoriesService::notFound);
        if (directory.deleted()) {
            return;
        }
        if (directory.isIndexOutput()) {
            throw new ApiException.BadRequest("Index directories are deleted by deleting their index");
        }
        if (guard.isIndexSource(directoryId)) {
            throw new ApiException.Conflict("Directory is the source of an index; delete the index first");
        }
        if (directories.markDeleted(projectId, directoryId, Timestamps.nowMicros(clock))) {
            notifier.changed(projectId, List.of(directoryId));
        }
    }

    Directory live(String projectId, String directoryId) {
        return directories.find(projectId, directoryId).filter(d -> !d.deleted())
                .orElseThrow(DirectoriesService::notFound);
    }

    static ApiException notFound() {
        return new ApiException.NotFound("Directory not found");
    }
}
