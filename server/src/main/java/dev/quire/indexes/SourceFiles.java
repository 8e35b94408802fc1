package dev.quire.indexes;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What indexes read from the directories and files features: a source directory and its live
 * files, and a file's bytes. Main adapts the directories and files services to this.
 */
public interface SourceFiles {
    /** A live directory of the project, or empty. */
    Optional<Directory> directory(String projectId, String directoryId);

    /** The live files of a directory, or empty when the directory is gone. */
    Optional<List<SourceFile>> liveFiles(String projectId, String directoryId);

    /** When the directory's entries last changed (added, updated, deleted), epoch micros; 0 if never. */
    long lastChange(String projectId, String directoryId);

    /** The bytes of an uploaded file. */
    InputStream open(String projectId, String fileId) throws IOException;

    /** A directory: only what indexes need to know. */
    record Directory(String id, String name, String type) {}

    /**
     * A file entry of a source directory. {@code contentHash} identifies the bytes, so a sync can tell
     * an unchanged file from a changed one; {@code metadata} is the merged user-visible metadata.
     */
    record SourceFile(String directoryFileId, String fileId, String displayName, String contentHash,
                      Map<String, Object> metadata) {
        public SourceFile {
            metadata = metadata == null ? Map.of() : java.util.Collections.unmodifiableMap(
                    new java.util.LinkedHashMap<>(metadata));
        }
    }
}
