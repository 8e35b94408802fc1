package dev.quire.files;

import java.util.Optional;

/**
 * An uploaded file as stored. {@code name} is the client's file name (data only, never a path);
 * the bytes are the blob {@code blobKey}. Times are epoch microseconds.
 */
public record StoredFile(
        String id,
        String projectId,
        String name,
        Optional<String> fileType,
        Optional<String> externalFileId,
        String purpose,
        String blobKey,
        long size,
        String sha256,
        long createdAt,
        long updatedAt,
        Optional<Long> deletedAt) {

    public boolean deleted() {
        return deletedAt.isPresent();
    }
}
