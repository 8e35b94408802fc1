package dev.quire.directories;

import dev.quire.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** Directory rows. */
public interface DirectoryStore {
    void insert(Directory directory);

    /** A directory of the project, including a tombstoned one. */
    Optional<Directory> find(String projectId, String directoryId);

    /** Directories matching the query, newest first, after the page's position; size + 1 rows at most. */
    List<Directory> list(String projectId, DirectoryQuery query, PageRequest page);

    /** Writes name, description and updated_at. */
    void update(Directory directory);

    /** Tombstones the directory and soft-deletes its live entries, atomically; false if already deleted. */
    boolean markDeleted(String projectId, String directoryId, long at);
}
