package dev.quire.directories;

import java.util.Map;
import java.util.Optional;

/** A stored directory. {@code type} is user, ephemeral or index. Times are epoch microseconds. */
public record Directory(
        String id,
        String projectId,
        String name,
        Optional<String> description,
        String type,
        Optional<Map<String, Object>> systemMetadata,
        Optional<Long> expiresAt,
        long createdAt,
        long updatedAt,
        Optional<Long> deletedAt) {

    public static final String USER = "user";
    public static final String EPHEMERAL = "ephemeral";
    public static final String INDEX = "index";

    public Directory {
        systemMetadata = systemMetadata.map(Metadata::copy);
    }

    public boolean deleted() {
        return deletedAt.isPresent();
    }

    public boolean isIndexOutput() {
        return INDEX.equals(type);
    }

    Directory renamed(String newName, Optional<String> newDescription, long at) {
        return new Directory(id, projectId, newName, newDescription, type, systemMetadata, expiresAt, createdAt, at,
                deletedAt);
    }
}
