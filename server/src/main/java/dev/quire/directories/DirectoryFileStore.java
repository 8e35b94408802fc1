package dev.quire.directories;

import dev.quire.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Directory entries. Live entries' {@code unique_id}s are unique per directory (409 on a clash). */
public interface DirectoryFileStore {
    /** Inserts a new entry; a live entry with the same unique id in the directory is a Conflict. */
    void insert(DirectoryFile entry);

    /** Rewrites every mutable column of the entry (directory, names, file, metadata, times, deletion). */
    void update(DirectoryFile entry);

    /** An entry of the project, including a soft-deleted one. */
    Optional<DirectoryFile> find(String projectId, String entryId);

    /** The live entry of the directory with this unique id. */
    Optional<DirectoryFile> findLive(String directoryId, String uniqueId);

    /** Entries matching the query, oldest first, after the page's position; size + 1 rows at most. */
    List<DirectoryFile> list(String projectId, DirectoryFileQuery query, PageRequest page);

    /** Soft-deletes the project's live entries pointing at the file; returns their directory ids. */
    List<String> markDeletedByFile(String projectId, String fileId, long at);
}
