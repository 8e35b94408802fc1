package dev.quire.directories;

import dev.quire.common.Timestamps;
import dev.quire.storage.PresignedUrl;
import java.util.Map;

/** The wire shape of a directory file (contract §6 {@code DirectoryFile}); metadata is the merged view. */
public record DirectoryFileResponse(
        String id,
        String directoryId,
        String displayName,
        String projectId,
        String uniqueId,
        String createdAt,
        String deletedAt,
        PresignedUrl downloadUrl,
        String fileId,
        Map<String, Object> metadata,
        String updatedAt) {

    static DirectoryFileResponse of(DirectoryFile e, PresignedUrl downloadUrl) {
        return new DirectoryFileResponse(e.id(), e.directoryId(), e.displayName(), e.projectId(), e.uniqueId(),
                Timestamps.format(e.createdAt()), Timestamps.formatNullable(e.deletedAt().orElse(null)), downloadUrl,
                e.fileId().orElse(null), e.metadata(), Timestamps.format(e.updatedAt()));
    }
}
