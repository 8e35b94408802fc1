package dev.quire.indexes;

import java.util.List;
import java.util.Optional;

/**
 * A stored index. {@code status} is pending, syncing, ready or failed; {@code hasExport} is true
 * once a sync has finished, which is what makes the index queryable (also during later syncs).
 * Times are epoch microseconds.
 */
public record Index(
        String id,
        String projectId,
        String name,
        Optional<String> description,
        String sourceDirectoryId,
        String outputDirectoryId,
        String syncConfigId,
        String exportConfigId,
        String syncFrequency,
        List<String> storeAttachments,
        String vectorTarget,
        List<Product> products,
        String embeddingModel,
        int embeddingDimension,
        String status,
        Optional<String> errorMessage,
        boolean hasExport,
        long createdAt,
        long updatedAt,
        Optional<Long> lastSyncedAt,
        Optional<Long> lastExportedAt,
        Optional<Long> deletedAt) {

    public static final String PENDING = "pending";
    public static final String SYNCING = "syncing";
    public static final String READY = "ready";
    public static final String FAILED = "failed";

    public Index {
        storeAttachments = List.copyOf(storeAttachments);
        products = List.copyOf(products);
    }

    /** A product override from the create request ({@code parse} only; its config id is kept). */
    public record Product(String productConfigId, String productType) {}

    /** A copy with new mutable state: what syncs, cancels and deletes change. */
    public Index withState(String newStatus, Optional<String> newError, boolean exported, long at,
                           Optional<Long> syncedAt, Optional<Long> exportedAt, Optional<Long> deleted) {
        return new Index(id, projectId, name, description, sourceDirectoryId, outputDirectoryId, syncConfigId,
                exportConfigId, syncFrequency, storeAttachments, vectorTarget, products, embeddingModel,
                embeddingDimension, newStatus, newError, exported, createdAt, at, syncedAt, exportedAt, deleted);
    }

    public Index withStatus(String newStatus, Optional<String> newError, long at) {
        return withState(newStatus, newError, hasExport, at, lastSyncedAt, lastExportedAt, deletedAt);
    }

    public boolean wantsItems() {
        return storeAttachments.contains("items");
    }

    public boolean wantsScreenshots() {
        return storeAttachments.contains("screenshots");
    }

    public boolean vectorsEnabled() {
        return "DEFAULT".equals(vectorTarget);
    }
}
