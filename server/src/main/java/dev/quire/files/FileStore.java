package dev.quire.files;

import dev.quire.paging.PageRequest;
import java.util.List;
import java.util.Optional;

/** File rows (the bytes are in the blob store). */
public interface FileStore {
    void insert(StoredFile file);

    /** A file of the project, including a tombstoned one (callers decide what deleted means). */
    Optional<StoredFile> find(String projectId, String fileId);

    /** Live files matching the query, in its order, after the page's position; size + 1 rows at most. */
    List<StoredFile> list(String projectId, FileQuery query, PageRequest page);

    /** Tombstones the file; false when it was already deleted. */
    boolean markDeleted(String projectId, String fileId, long at);
}
