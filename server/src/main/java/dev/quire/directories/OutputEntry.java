package dev.quire.directories;

import java.util.Map;
import java.util.Optional;

/**
 * What an index sync writes into its output directory for one source entry. {@code uniqueId} is the
 * source directory-file id, so writing the same source again replaces the output entry in place.
 */
public record OutputEntry(
        String uniqueId,
        String displayName,
        Optional<String> fileId,
        Map<String, Object> systemMetadata,
        Map<String, Object> userMetadata) {

    public OutputEntry {
        systemMetadata = Metadata.copy(systemMetadata);
        userMetadata = Metadata.copy(userMetadata);
    }
}
