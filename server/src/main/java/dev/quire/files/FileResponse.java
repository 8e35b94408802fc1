package dev.quire.files;

import dev.quire.common.Timestamps;
import dev.quire.storage.PresignedUrl;

/** The wire shape of a file (contract §4 {@code FileResponse} plus the legacy {@code File} fields). */
public record FileResponse(
        String id,
        String name,
        String projectId,
        PresignedUrl downloadUrl,
        String expiresAt,
        String externalFileId,
        String fileType,
        String lastModifiedAt,
        String purpose,
        String createdAt,
        String updatedAt,
        long fileSize,
        String dataSourceId,
        Object permissionInfo,
        Object resourceInfo) {

    static FileResponse of(StoredFile f, PresignedUrl downloadUrl) {
        return new FileResponse(f.id(), f.name(), f.projectId(), downloadUrl, null,
                f.externalFileId().orElse(null), f.fileType().orElse(null), Timestamps.format(f.updatedAt()),
                f.purpose(), Timestamps.format(f.createdAt()), Timestamps.format(f.updatedAt()), f.size(),
                null, null, null);
    }
}
