package dev.quire.indexes;

import dev.quire.common.Coordination;
import dev.quire.common.DaemonThreads;
import dev.quire.common.Ids;
import dev.quire.common.SafeErrors;
import dev.quire.common.Timestamps;
import dev.quire.db.SqlErrors;
import dev.quire.errors.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync jobs on a small worker pool, in cooperation with the other nodes on the same database.
 * The queue is the sync_jobs table: a free worker claims the oldest job nobody holds (or whose holder's
 * lease ran out: that node died) with a lease it renews while it runs. A claim loop (every
 * {@code claimInterval}, and at once when this node queues a job or a worker frees up) claims jobs,
 * passes cancel requests made on any node to the runs they concern, and fires {@code on_source_change}
 * schedules whose quiet period ended; {@code daily} schedules are checked every minute. Schedules fire
 * once per cluster: each firing is a compare-and-set in the same transaction as the job it queues.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private static final long DAY_MICROS = Duration.ofDays(1).toNanos() / 1000;
    private static final Duration DAILY_CHECK = Duration.ofSeconds(60);
    private static final Duration DELETE_WAIT = Duration.ofSeconds(60);

    private final IndexStore indexes;
    private final SyncJobStore jobs;
    private final SyncRun runner;
    private final Ids ids;
    private final Clock clock;
    private final Duration debounce;
    private final Coordination node;
    private final Semaphore freeWorkers;
    private final ExecutorService workers;
    /** Claims and schedules; renewals have their own thread so that a slow claim never delays them. */
    private final ScheduledExecutorService timer;
    private final ScheduledExecutorService renewer;
    /** This node's running jobs, by job id. */
    private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();
    private volatile boolean closing;
    /** How many jobs this node has claimed since it started (tests count runners with it). */
    private final java.util.concurrent.atomic.AtomicInteger claims = new java.util.concurrent.atomic.AtomicInteger();
    /** Set by {@link #crash}: a dead node releases nothing. */
    private volatile boolean crashed;

    /** A job this node runs; {@code leaseDeadline} is when its lease runs out, by this node's reckoning. */
    private static final class Running {
        final String jobId;
        final String indexId;
        final AtomicReference<SyncRun.Stop> stop = new AtomicReference<>(SyncRun.Stop.NONE);
        volatile long leaseDeadlineNanos;

        Running(String jobId, String indexId, long leaseDeadlineNanos) {
            this.jobId = jobId;
            this.indexId = indexId;
            this.leaseDeadlineNanos = leaseDeadlineNanos;
        }

        /**
         * Why the run must stop. A lease past its deadline counts as lost even before a renewal says so:
         * another node may claim it from then on, and the run must not write after that.
         */
        SyncRun.Stop reason() {
            SyncRun.Stop s = stop.get();
            if (s == SyncRun.Stop.NONE && System.nanoTime() - leaseDeadlineNanos > 0) {
                return SyncRun.Stop.LOST;
            }
            return s;
        }
    }

    public SyncScheduler(IndexStore indexes, SyncJobStore jobs, SyncRun runner, Ids ids, Clock clock, int workerCount,
                  Duration debounce, Coordination node) {
        this.indexes = indexes;
        this.jobs = jobs;
        this.runner = runner;
        this.ids = ids;
        this.clock = clock;
        this.debounce = debounce;
        this.node = node;
        this.freeWorkers = new Semaphore(workerCount);
        this.workers = Executors.newFixedThreadPool(workerCount, DaemonThreads.named("quire-sync"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quire-sync-timer"));
        this.renewer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quire-sync-lease"));
    }

    String nodeId() {
        return node.nodeId();
    }

    int claims() {
        return claims.get();
    }

    /** Starts claiming (resuming what a stop or a dead node left), renewing and the schedules. */
    public void start() {
        if (node.soleNode()) {
            // No other process can use this database: every lease in it belongs to a dead process.
            jobs.releaseAll();
        }
        long claimMillis = node.claimInterval().toMillis();
        long renewMillis = node.renewInterval().toMillis();
        timer.scheduleWithFixedDelay(this::claimLoop, 0, claimMillis, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::syncDailyIndexes, 1_000, DAILY_CHECK.toMillis(), TimeUnit.MILLISECONDS);
        renewer.scheduleWithFixedDelay(this::renewLeases, renewMillis, renewMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Asks for a sync: a queued job absorbs the request (the first sync queued by create, say), and
     * so does a running job that started after the source's last change (it already reads what the
     * caller wants synced: the documented create-then-sync flow). A running job that may have missed
     * a change is a conflict. Otherwise a new job is queued, for whichever node claims it first.
     */
    SyncJob request(Index index, long lastSourceChange) {
        SyncJobStore.Requested requested = requestJob(index.id(), lastSourceChange, Optional.empty());
        if (requested.outcome() == SyncJobStore.Outcome.BUSY) {
            throw new ApiException.Conflict("A sync of index " + index.id() + " is already running");
        }
        return requested.job().orElseThrow();
    }

    private SyncJobStore.Requested requestJob(String indexId, long lastSourceChange,
                                              Optional<SyncJobStore.Trigger> trigger) {
        for (int attempt = 0; ; attempt++) {
            try {
                SyncJobStore.Requested requested = jobs.request(newJob(indexId), lastSourceChange, trigger, nowMicros());
                if (requested.outcome() == SyncJobStore.Outcome.CREATED) {
                    wake();
                }
                return requested;
            } catch (RuntimeException e) {
                // Another node queued a job for the index at the same moment: it absorbs this request.
                if (attempt >= 3 || !SqlErrors.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    SyncJob newJob(String indexId) {
        return new SyncJob(ids.uuid(), indexId, SyncJob.QUEUED, nowMicros(), Optional.empty(),
                Optional.empty(), 0, 0, 0, Optional.empty());
    }

    /** A job was queued here: claim it now rather than at the next tick. */
    void wake() {
        try {
            timer.execute(this::claimLoop);
        } catch (RejectedExecutionException closing) {
            // Shutting down: another node (or the next start) claims it.
        }
    }

    /** One pass of the claim loop. Never throws: a scheduled task that throws is never run again. */
    private synchronized void claimLoop() {
        try {
            passCancelRequests();
            syncChangedSources();
            claimJobs();
        } catch (RuntimeException e) {
            LOG.error("sync claim loop failed", SafeErrors.loggable(e));
        }
    }

    private void passCancelRequests() {
        if (running.isEmpty()) {
            return;
        }
        Set<String> cancelled = jobs.cancelRequested(node.nodeId());
        running.values().stream().filter(r -> cancelled.contains(r.jobId))
                .forEach(r -> r.stop.compareAndSet(SyncRun.Stop.NONE, SyncRun.Stop.CANCEL));
    }

    private void claimJobs() {
        if (freeWorkers.availablePermits() == 0 || !jobs.claimable(leaseClock())) {
            return;
        }
        while (!closing && freeWorkers.tryAcquire()) {
            long leaseStart = System.nanoTime();
            Optional<SyncJobStore.Claimed> claimed;
            try {
                long now = leaseClock();
                claimed = jobs.claim(node.nodeId(), now, now + node.lease().toMillis());
            } catch (RuntimeException e) {
                freeWorkers.release();
                throw e;
            }
            if (claimed.isEmpty()) {
                freeWorkers.release();
                return;
            }
            claims.incrementAndGet();
            SyncJob job = claimed.get().job();
            Running run = new Running(job.id(), job.indexId(), leaseStart + node.lease().toNanos());
            if (claimed.get().cancelRequested()) {
                run.stop.set(SyncRun.Stop.CANCEL);
            }
            running.put(job.id(), run);
            if (SyncJob.RUNNING.equals(job.state())) {
                LOG.info("resuming sync {} of index {}", job.id(), job.indexId());
            }
            try {
                workers.submit(() -> execute(job, run));
            } catch (RejectedExecutionException closing) {
                running.remove(job.id());
                jobs.release(job.id(), node.nodeId());
                freeWorkers.release();
                return;
            }
        }
    }

    private void execute(SyncJob job, Running run) {
        try {
            Optional<Index> index = indexes.byId(job.indexId());
            if (index.isEmpty() || index.get().deletedAt().isPresent() || run.reason() == SyncRun.Stop.CANCEL) {
                if (jobs.update(cancelled(job), node.nodeId())) {
                    index.filter(i -> i.deletedAt().isEmpty()).ifPresent(i -> runner.settleIndex(i,
                            SyncJob.CANCELLED, Optional.of("cancelled"), nowMicros()));
                }
                return;
            }
            if (run.reason() != SyncRun.Stop.NONE) {
                return;
            }
            runner.run(job, index.get(), run::reason, node.nodeId());
        } catch (RuntimeException e) {
            LOG.error("sync {} of index {} crashed", job.id(), job.indexId(), SafeErrors.loggable(e));
        } finally {
            running.remove(job.id());
            if (!crashed) {
                // Left unfinished (shutdown, late renewal): any node may resume it now rather than when
                // the lease runs out. A no-op for a finished job or a lease another node holds now.
                releaseQuietly(job.id());
            }
            freeWorkers.release();
            if (run.stop.get() != SyncRun.Stop.SHUTDOWN) {
                wake();
            }
        }
    }

    private void releaseQuietly(String jobId) {
        try {
            jobs.release(jobId, node.nodeId());
        } catch (RuntimeException e) {
            LOG.warn("could not release the lease of sync {}; it frees itself when it runs out", jobId);
        }
    }

    /** Renews the leases of this node's runs; a run whose lease is gone stops without writing. */
    private void renewLeases() {
        try {
            if (running.isEmpty()) {
                return;
            }
            long started = System.nanoTime();
            Set<String> ids = Set.copyOf(running.keySet());
            Set<String> held = jobs.renew(node.nodeId(), ids, leaseClock() + node.lease().toMillis());
            for (String id : ids) {
                Running run = running.get(id);
                if (run == null) {
                    continue;
                }
                if (held.contains(id)) {
                    run.leaseDeadlineNanos = started + node.lease().toNanos();
                } else {
                    LOG.warn("sync {} of index {} lost its lease; stopping it", id, run.indexId);
                    run.stop.compareAndSet(SyncRun.Stop.NONE, SyncRun.Stop.LOST);
                }
            }
        } catch (RuntimeException e) {
            // The runs stop by themselves if their leases run out before a renewal succeeds.
            LOG.error("could not renew sync leases", SafeErrors.loggable(e));
        }
    }

    /** Cancels a queued or running sync, whichever node runs it; 409 when there is none. */
    void cancel(Index index) {
        Optional<SyncJob> job = cancelJob(index.id());
        if (job.isEmpty()) {
            throw new ApiException.Conflict("Index " + index.id() + " has no sync to cancel");
        }
        if (SyncJob.CANCELLED.equals(job.get().state())) {
            // Nobody was running it, so nobody else settles the index's status.
            indexes.byId(index.id()).filter(i -> i.deletedAt().isEmpty()).ifPresent(i ->
                    runner.settleIndex(i, SyncJob.CANCELLED, Optional.of("cancelled"), nowMicros()));
        }
    }

    private Optional<SyncJob> cancelJob(String indexId) {
        Optional<SyncJob> job = jobs.cancel(indexId, leaseClock(), nowMicros());
        job.map(j -> running.get(j.id())).ifPresent(r -> r.stop.compareAndSet(SyncRun.Stop.NONE, SyncRun.Stop.CANCEL));
        return job;
    }

    /**
     * Cancels whatever sync the index has and waits until it stopped, on whichever node it runs
     * (index deletion): the job's state in the database says when.
     */
    void cancelAndWait(String indexId) {
        Optional<SyncJob> job = cancelJob(indexId);
        if (job.isEmpty() || job.get().finished()) {
            return;
        }
        long deadline = System.nanoTime() + DELETE_WAIT.toNanos();
        while (System.nanoTime() - deadline < 0) {
            Optional<SyncJob> now = jobs.latest(indexId).filter(j -> j.id().equals(job.get().id()));
            if (now.isEmpty() || now.get().finished()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warn("sync of index {} did not stop within {} s", indexId, DELETE_WAIT.toSeconds());
    }

    /**
     * A directory's files changed: recorded durably on every on_source_change index over it, so that
     * the sync happens after the quiet period even if this node dies first (any node's loop fires it).
     */
    public void directoryChanged(String projectId, String directoryId) {
        // A read first: most changed directories (output directories, say) are no index's source.
        boolean followed = indexes.scheduled().stream().anyMatch(i -> i.sourceDirectoryId().equals(directoryId)
                && "on_source_change".equals(i.syncFrequency()));
        if (!followed) {
            return;
        }
        indexes.sourceChanged(directoryId, nowMicros());
        try {
            timer.schedule(this::claimLoop, debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // Another node or the next start fires it.
        }
    }

    /** Fires the on_source_change schedules whose source has been quiet for the debounce period. */
    private void syncChangedSources() {
        long quietSince = nowMicros() - debounce.toNanos() / 1000;
        for (IndexStore.Schedule s : indexes.changedSources()) {
            if (s.sourceChangedAt().isPresent() && s.sourceChangedAt().get() <= quietSince) {
                // A running job that started after the change reads it already; one that did not is
                // BUSY, and the change stays recorded for a later pass.
                fire(s.indexId(), s.sourceChangedAt().get(),
                        new SyncJobStore.Trigger.SourceChange(s.sourceChangedAt().get()));
            }
        }
    }

    private void syncDailyIndexes() {
        try {
            long now = nowMicros();
            for (IndexStore.Schedule s : indexes.schedules()) {
                long last = Math.max(s.lastSyncedAt().orElse(s.createdAt()), s.firedAt().orElse(0L));
                if ("daily".equals(s.frequency()) && now - last >= DAY_MICROS) {
                    // Must not be absorbed by a running job: it may predate the day's changes.
                    fire(s.indexId(), Long.MAX_VALUE, new SyncJobStore.Trigger.Daily(s.firedAt().orElse(-1L), now));
                }
            }
        } catch (RuntimeException e) {
            LOG.error("daily sync check failed", SafeErrors.loggable(e));
        }
    }

    private void fire(String indexId, long lastSourceChange, SyncJobStore.Trigger trigger) {
        try {
            requestJob(indexId, lastSourceChange, Optional.of(trigger));
        } catch (RuntimeException e) {
            LOG.error("could not schedule a sync of index {}", indexId, SafeErrors.loggable(e));
        }
    }

    private SyncJob cancelled(SyncJob j) {
        return new SyncJob(j.id(), j.indexId(), SyncJob.CANCELLED, j.requestedAt(), j.startedAt(),
                Optional.of(nowMicros()), j.filesTotal(), j.filesDone(), j.filesFailed(), Optional.of("cancelled"));
    }

    /** Lease times: compared across processes and machines, so the clock must be the (synced) wall clock. */
    private long leaseClock() {
        return clock.millis();
    }

    private long nowMicros() {
        return Timestamps.nowMicros(clock);
    }

    /**
     * Stops like a killed process (tests): no more claims or renewals, leases kept. The runs notice
     * their leases ran out and stop without writing, as a dead node would write nothing more.
     */
    void crash() {
        crashed = true;
        closing = true;
        timer.shutdownNow();
        renewer.shutdownNow();
        running.values().forEach(r -> r.leaseDeadlineNanos = System.nanoTime());
        workers.shutdown();
        awaitWorkers();
    }

    @Override
    public void close() {
        // Stopped, not cancelled: the jobs stay unfinished in the database and resume on the next claim.
        closing = true;
        timer.shutdownNow();
        synchronized (this) { // after a claim pass in progress: every job it claimed is in running
            running.values().forEach(r -> r.stop.compareAndSet(SyncRun.Stop.NONE, SyncRun.Stop.SHUTDOWN));
        }
        workers.shutdown();
        awaitWorkers();
        renewer.shutdownNow();
    }

    private void awaitWorkers() {
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
