package dev.quire.indexes;

import java.util.Optional;

/** One sync of an index: queued, running, then succeeded, failed or cancelled. */
public record SyncJob(
        String id,
        String indexId,
        String state,
        long requestedAt,
        Optional<Long> startedAt,
        Optional<Long> finishedAt,
        int filesTotal,
        int filesDone,
        int filesFailed,
        Optional<String> error) {

    public static final String QUEUED = "queued";
    public static final String RUNNING = "running";
    public static final String SUCCEEDED = "succeeded";
    public static final String FAILED = "failed";
    public static final String CANCELLED = "cancelled";

    public boolean finished() {
        return !QUEUED.equals(state) && !RUNNING.equals(state);
    }
}
