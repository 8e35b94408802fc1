package dev.quire.indexes;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Sync jobs: the durable queue behind the schedulers of every node. A job is run by the node holding
 * its lease (owner + lease end, in milliseconds of the nodes' clocks); at most one job per index is
 * unfinished, which the database enforces.
 */
public interface SyncJobStore {
    void insert(SyncJob job);

    /** The newest job of an index. */
    Optional<SyncJob> latest(String indexId);

    /**
     * Asks for a sync in one transaction: the index's unfinished job absorbs the request when it is
     * queued, or running and started after {@code lastSourceChange}; a running job that may have
     * missed the change makes the request {@link Outcome#BUSY}; otherwise {@code candidate} is
     * inserted and the index marked pending. A {@code trigger} (a schedule firing) must still hold
     * in the same transaction, else nothing happens ({@link Outcome#NOT_DUE}): another node fired it.
     * May throw a unique violation when another node inserted a job at the same moment; ask again.
     */
    Requested request(SyncJob candidate, long lastSourceChange, Optional<Trigger> trigger, long nowMicros);

    enum Outcome { CREATED, ABSORBED, BUSY, NOT_DUE }

    record Requested(Outcome outcome, Optional<SyncJob> job) {}

    /** A schedule firing, compare-and-set on what the firing node saw. */
    sealed interface Trigger {
        /** A daily sync: fires if the last firing is still {@code seenFiredAt} (-1: never), records {@code firedAt}. */
        record Daily(long seenFiredAt, long firedAt) implements Trigger {}

        /** A source change: fires if the recorded change time is still {@code seenChangedAt}, and clears it. */
        record SourceChange(long seenChangedAt) implements Trigger {}
    }

    /**
     * Claims the oldest unfinished job whose lease is free or ran out before {@code nowMillis}, for
     * {@code node} until {@code leaseUntil}. Two nodes never claim the same job.
     */
    Optional<Claimed> claim(String node, long nowMillis, long leaseUntil);

    /** Whether some job waits to be claimed (a read: the claim itself is a write transaction). */
    boolean claimable(long nowMillis);

    /** A claimed job, and whether a cancel was asked for it (before or while its last owner ran it). */
    record Claimed(SyncJob job, boolean cancelRequested) {}

    /** Extends the leases {@code node} still holds among {@code jobIds}; returns those it still holds. */
    Set<String> renew(String node, Collection<String> jobIds, long leaseUntil);

    /** Those of {@code node}'s unfinished jobs whose cancel was requested. */
    Set<String> cancelRequested(String node);

    /** Saves the job's state and counts if {@code node} still holds its lease; false when it lost it. */
    boolean update(SyncJob job, String node);

    /**
     * Gives the lease of a job left unfinished up (a stopping node, a run that stopped on a late
     * renewal), so that any node resumes it at once; a no-op if {@code node} no longer holds it.
     */
    void release(String jobId, String node);

    /** Gives every lease up: at the start of the only node that can use the database, all are stale. */
    void releaseAll();

    /**
     * Cancels the index's unfinished job: at once when no live lease holds it (returned as cancelled),
     * else by flagging it for its owner (returned as it is). Empty when the index has no unfinished job.
     */
    Optional<SyncJob> cancel(String indexId, long nowMillis, long nowMicros);
}
