package dev.quire.indexes;

import java.util.List;
import java.util.Optional;

/** Sync jobs: the durable queue behind the scheduler. */
public interface SyncJobStore {
    void insert(SyncJob job);

    void update(SyncJob job);

    /** The newest job of an index. */
    Optional<SyncJob> latest(String indexId);

    /** Jobs that were queued or running, oldest first: what a restart must pick up again. */
    List<SyncJob> unfinished();
}
