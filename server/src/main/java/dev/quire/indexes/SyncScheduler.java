package dev.quire.indexes;

import dev.quire.common.DaemonThreads;
import dev.quire.common.Ids;
import dev.quire.common.SafeErrors;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync jobs on a small worker pool. The queue is durable (the sync_jobs table): jobs left
 * queued or running by a stop are resumed at start. Also re-syncs {@code daily} indexes and, after
 * a quiet period, {@code on_source_change} indexes whose source directory changed.
 */
public final class SyncScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SyncScheduler.class);
    private static final long DAY_MICROS = Duration.ofDays(1).toNanos() / 1000;

    private final IndexStore indexes;
    private final SyncJobStore jobs;
    private final SyncRun runner;
    private final Ids ids;
    private final Clock clock;
    private final Duration debounce;
    private final ExecutorService workers;
    private final ScheduledExecutorService timer;
    private final ConcurrentHashMap<String, Running> running = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ScheduledFuture<?>> pendingChanges = new ConcurrentHashMap<>();

    private record Running(String jobId, java.util.concurrent.atomic.AtomicReference<SyncRun.Stop> stop, Future<?> future) {}

    SyncScheduler(IndexStore indexes, SyncJobStore jobs, SyncRun runner, Ids ids, Clock clock, int workerCount,
                  Duration debounce) {
        this.indexes = indexes;
        this.jobs = jobs;
        this.runner = runner;
        this.ids = ids;
        this.clock = clock;
        this.debounce = debounce;
        this.workers = Executors.newFixedThreadPool(workerCount, DaemonThreads.named("quire-sync"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quire-sync-timer"));
    }

    /** Resumes unfinished jobs and starts the daily check. */
    void start() {
        for (SyncJob job : jobs.unfinished()) {
            LOG.info("resuming sync {} of index {}", job.id(), job.indexId());
            submit(job);
        }
        timer.scheduleWithFixedDelay(this::syncDailyIndexes, 1, 60, TimeUnit.SECONDS);
    }

    /**
     * Asks for a sync: a queued job absorbs the request (the first sync queued by create, say), and
     * so does a running job that started after the source's last change (it already reads what the
     * caller wants synced: the documented create-then-sync flow). A running job that may have missed
     * a change is a conflict. Otherwise a new job is queued.
     */
    synchronized SyncJob request(Index index, long lastSourceChange) {
        Optional<SyncJob> latest = jobs.latest(index.id());
        if (latest.isPresent() && SyncJob.QUEUED.equals(latest.get().state())) {
            return latest.get();
        }
        if (latest.isPresent() && SyncJob.RUNNING.equals(latest.get().state())) {
            if (latest.get().startedAt().orElse(0L) > lastSourceChange) {
                return latest.get();
            }
            throw new ApiException.Conflict("A sync of index " + index.id() + " is already running");
        }
        SyncJob job = newJob(index.id());
        jobs.insert(job);
        indexes.update(index.withStatus(Index.PENDING, Optional.empty(), Timestamps.nowMicros(clock)));
        submit(job);
        return job;
    }

    SyncJob newJob(String indexId) {
        return new SyncJob(ids.uuid(), indexId, SyncJob.QUEUED, Timestamps.nowMicros(clock), Optional.empty(),
                Optional.empty(), 0, 0, 0, Optional.empty());
    }

    void submit(SyncJob job) {
        var stop = new java.util.concurrent.atomic.AtomicReference<>(SyncRun.Stop.NONE);
        synchronized (this) {
            Future<?> future = workers.submit(() -> execute(job, stop));
            running.put(job.indexId(), new Running(job.id(), stop, future));
        }
    }

    private void execute(SyncJob job, java.util.concurrent.atomic.AtomicReference<SyncRun.Stop> stop) {
        try {
            Optional<SyncJob> current = jobs.latest(job.indexId()).filter(j -> j.id().equals(job.id()));
            Optional<Index> index = current.flatMap(j -> findIndex(job.indexId()));
            if (current.isEmpty() || current.get().finished() || index.isEmpty()) {
                return;
            }
            if (stop.get() == SyncRun.Stop.SHUTDOWN) {
                return;
            }
            if (stop.get() == SyncRun.Stop.CANCEL || index.get().deletedAt().isPresent()) {
                jobs.update(cancelled(current.get()));
                return;
            }
            runner.run(current.get(), index.get(), stop::get);
        } catch (RuntimeException e) {
            LOG.error("sync {} of index {} crashed", job.id(), job.indexId(), SafeErrors.loggable(e));
        } finally {
            running.computeIfPresent(job.indexId(), (id, run) -> run.jobId().equals(job.id()) ? null : run);
        }
    }

    /** Cancels a queued or running sync; 409 when there is none. */
    void cancel(Index index) {
        Optional<SyncJob> latest = jobs.latest(index.id()).filter(j -> !j.finished());
        if (latest.isEmpty()) {
            throw new ApiException.Conflict("Index " + index.id() + " has no sync to cancel");
        }
        Running run = running.get(index.id());
        if (run != null) {
            run.stop().set(SyncRun.Stop.CANCEL);
        }
    }

    /** Cancels whatever sync the index has and waits for it to stop (index deletion). */
    void cancelAndWait(String indexId) {
        Running run = running.get(indexId);
        if (run == null) {
            return;
        }
        run.stop().set(SyncRun.Stop.CANCEL);
        try {
            run.future().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("sync of index {} did not stop cleanly", indexId, e);
        }
    }

    /** A directory's files changed: schedule a debounced sync of every index that follows it. */
    public void directoryChanged(String projectId, String directoryId) {
        for (Index index : indexes.scheduled()) {
            if (index.sourceDirectoryId().equals(directoryId) && "on_source_change".equals(index.syncFrequency())) {
                pendingChanges.compute(index.id(), (id, previous) -> {
                    if (previous != null) {
                        previous.cancel(false);
                    }
                    return timer.schedule(() -> syncAfterChange(id), debounce.toMillis(), TimeUnit.MILLISECONDS);
                });
            }
        }
    }

    private void syncAfterChange(String indexId) {
        pendingChanges.remove(indexId);
        findIndex(indexId).filter(i -> i.deletedAt().isEmpty()).ifPresent(this::requestQuietly);
    }

    private void syncDailyIndexes() {
        long now = Timestamps.nowMicros(clock);
        for (Index index : indexes.scheduled()) {
            long last = index.lastSyncedAt().orElse(index.createdAt());
            if ("daily".equals(index.syncFrequency()) && now - last >= DAY_MICROS) {
                requestQuietly(index);
            }
        }
    }

    private void requestQuietly(Index index) {
        try {
            // Background syncs must not be absorbed by a running one: it may predate the change.
            request(index, Long.MAX_VALUE);
        } catch (ApiException.Conflict e) {
            // A sync is running and may have missed the change: ask again once it had time to finish.
            timer.schedule(() -> findIndex(index.id()).filter(i -> i.deletedAt().isEmpty())
                    .ifPresent(this::requestQuietly), debounce.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            LOG.error("could not schedule a sync of index {}", index.id(), SafeErrors.loggable(e));
        }
    }

    private Optional<Index> findIndex(String indexId) {
        return indexes.byId(indexId);
    }

    private SyncJob cancelled(SyncJob j) {
        return new SyncJob(j.id(), j.indexId(), SyncJob.CANCELLED, j.requestedAt(), j.startedAt(),
                Optional.of(Timestamps.nowMicros(clock)), j.filesTotal(), j.filesDone(), j.filesFailed(),
                Optional.of("cancelled"));
    }


    @Override
    public void close() {
        // Stopped, not cancelled: the jobs stay unfinished in the database and resume at next start.
        running.values().forEach(r -> r.stop().set(SyncRun.Stop.SHUTDOWN));
        timer.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
