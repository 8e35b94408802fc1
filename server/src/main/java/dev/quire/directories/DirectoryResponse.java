package dev.quire.directories;

import dev.quire.common.Timestamps;
import java.util.Map;

/** The wire shape of a directory (contract §5 {@code Directory}). */
public record DirectoryResponse(
        String id,
        String name,
        String projectId,
        String connectorSubscriptionId,
        String dataSourceId,
        String createdAt,
        String deletedAt,
        String description,
        String expiresAt,
        Map<String, Object> systemMetadata,
        String type,
        String updatedAt) {

    static DirectoryResponse of(Directory d) {
        return new DirectoryResponse(d.id(), d.name(), d.projectId(), null, null, Timestamps.format(d.createdAt()),
                Timestamps.formatNullable(d.deletedAt().orElse(null)), d.description().orElse(null),
                Timestamps.formatNullable(d.expiresAt().orElse(null)), d.systemMetadata().orElse(null), d.type(),
                Timestamps.format(d.updatedAt()));
    }
}
