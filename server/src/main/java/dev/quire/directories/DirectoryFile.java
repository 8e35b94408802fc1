package dev.quire.directories;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An entry of a directory: a display name, a directory-unique {@code uniqueId} (among live entries),
 * two metadata layers and usually a pointer to a file. {@code updatedAt} moves on every change,
 * including the soft delete, so readers can pick up changes since a time.
 */
public record DirectoryFile(
        String id,
        String projectId,
        String directoryId,
        String uniqueId,
        String displayName,
        Optional<String> fileId,
        Map<String, Object> systemMetadata,
        Map<String, Object> userMetadata,
        long createdAt,
        long updatedAt,
        Optional<Long> deletedAt) {

    public DirectoryFile {
        systemMetadata = Metadata.copy(systemMetadata);
        userMetadata = Metadata.copy(userMetadata);
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    /** The metadata clients see: the system layer overlaid by the user layer (user keys win). */
    public Map<String, Object> metadata() {
        Map<String, Object> merged = new LinkedHashMap<>(systemMetadata);
        merged.putAll(userMetadata);
        return java.util.Collections.unmodifiableMap(merged);
    }

    DirectoryFile deletedAt(long at) {
        return new DirectoryFile(id, projectId, directoryId, uniqueId, displayName, fileId, systemMetadata,
                userMetadata, createdAt, at, Optional.of(at));
    }
}
