package dev.quire.indexes;

import dev.quire.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The index catalog. */
public interface IndexStore {
    /** Stores a new index together with its first (queued) sync job, atomically. */
    void insert(Index index, SyncJob firstJob);

    /** An index of the project by id or by its export config id (clients use both), tombstones included. */
    Optional<Index> find(String projectId, String idOrExportConfigId);

    /** Those of the given ids or export config ids that name a live index of the project. */
    Set<String> liveIds(String projectId, List<String> idsOrExportConfigIds);

    /** Any index by id, whatever its project (for background work that has no request scope). */
    Optional<Index> byId(String indexId);

    /** Live indexes, newest first, optionally of one source directory; size + 1 rows at most. */
    List<Index> list(String projectId, Optional<String> sourceDirectoryId, PageRequest page);

    /** Whether a live index uses the directory as its source. */
    boolean isSource(String directoryId);

    /** Replaces the mutable state of an index (status, error, export flags, times); a tombstone, once set, stays. */
    void update(Index index);

    /** Every live index that syncs on its own ({@code daily} or {@code on_source_change}). */
    List<Index> scheduled();

    /**
     * Records durably that the directory's files changed, on every live {@code on_source_change}
     * index over it: whichever node's loop sees the quiet period end schedules the sync.
     */
    void sourceChanged(String directoryId, long atMicros);

    /** The schedule state of every live index that syncs on its own. */
    List<Schedule> schedules();

    /** The schedule state of the live indexes with a source change not yet synced (checked every second). */
    List<Schedule> changedSources();

    /** When a self-syncing index last synced, last fired its daily schedule, and saw its source change. */
    record Schedule(String indexId, String frequency, long createdAt, Optional<Long> lastSyncedAt,
                    Optional<Long> firedAt, Optional<Long> sourceChangedAt) {}
}
