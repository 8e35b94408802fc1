package dev.quire.indexes;

import java.util.Optional;

/**
 * What the index holds for one source directory file: the parsed file id its chunks carry, the
 * fingerprint of what was indexed, and whether parsing succeeded.
 */
public record IndexedFile(
        String indexId,
        String sourceFileId,
        String parsedFileId,
        Optional<String> fileId,
        String displayName,
        String fingerprint,
        String state,
        Optional<String> error,
        int numChunks,
        int numPages,
        long updatedAt) {

    public static final String INDEXED = "indexed";
    public static final String FAILED = "failed";
}
