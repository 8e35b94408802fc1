package dev.quire.parse;

import dev.quire.common.DaemonThreads;
import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import dev.quire.ingest.OcrLanguages;
import dev.quire.ingest.ParseException;
import dev.quire.ingest.ParseLimits;
import dev.quire.ingest.ParseOptions;
import dev.quire.ingest.StructuredDocument;
import dev.quire.ingest.StructuredParser;
import dev.quire.ingest.layout.LayoutPage;
import dev.quire.storage.BlobStore;
import dev.quire.storage.StoredBlob;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs parse jobs on a fixed pool of threads, under the server's parse limits. A job is claimed by
 * moving it from PENDING to RUNNING in the store, so a job submitted twice (or on two nodes) runs
 * once; a cancel interrupts it; a job over its time limit is interrupted and failed.
 *
 * <pre>{@code
 * ParseWorkers workers = new ParseWorkers(store, blobs, StructuredParser.standard(), limits, 2, clock, true);
 * workers.resume();               // at start: jobs a stop left behind
 * workers.submit(projectId, jobId);
 * }</pre>
 */
public final class ParseWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParseWorkers.class);

    private final ParseJobStore store;
    private final BlobStore blobs;
    private final StructuredParser parser;
    private final ParseLimits limits;
    private final Clock clock;
    private final boolean soleNode;
    private final ExecutorService pool;
    private final ScheduledExecutorService timer;
    private final Map<String, Future<?>> running = new ConcurrentHashMap<>();

    /** @param soleNode true on the embedded database: a RUNNING job found at start was this process's own */
    public ParseWorkers(ParseJobStore store, BlobStore blobs, StructuredParser parser, ParseLimits limits, int threads,
                        Clock clock, boolean soleNode) {
        this.store = store;
        this.blobs = blobs;
        this.parser = parser;
        this.limits = limits;
        this.clock = clock;
        this.soleNode = soleNode;
        this.pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("quire-parse-job"));
        this.timer = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quire-parse-timer"));
    }

    public void submit(String projectId, String jobId) {
        AtomicBoolean timedOut = new AtomicBoolean();
        Future<?> future = pool.submit(() -> run(projectId, jobId, timedOut));
        running.put(jobId, future);
        if (future.isDone()) {
            running.remove(jobId, future);
        }
    }

    /** Stops the job if it runs here (its status was already set to CANCELLED by the caller). */
    void interrupt(String jobId) {
        Future<?> future = running.get(jobId);
        if (future != null) {
            future.cancel(true);
        }
    }

    /**
     * Jobs a stop left behind: PENDING ones are queued again; RUNNING ones are restarted when this is
     * the only node, else failed once they have been silent for longer than a parse may take.
     */
    public void resume() {
        long now = Timestamps.nowMicros(clock);
        long stale = now - Duration.ofSeconds(limits.timeout().toSeconds() * 2 + 60).toNanos() / 1000;
        for (ParseJob job : store.unfinished()) {
            if (job.status() == JobStatus.RUNNING) {
                if (soleNode) {
                    store.transition(job.id(), JobStatus.RUNNING, JobStatus.PENDING, ParseJobStore.Outcome.none(), now);
                } else if (job.updatedAt() < stale) {
                    store.transition(job.id(), JobStatus.RUNNING, JobStatus.FAILED, ParseJobStore.Outcome.failed(
                            "interrupted: the server running this job stopped; create the job again"), now);
                    continue;
                } else {
                    continue;
                }
            }
            submit(job.projectId(), job.id());
        }
    }

    private void run(String projectId, String jobId, AtomicBoolean timedOut) {
        try {
            if (!store.transition(jobId, JobStatus.PENDING, JobStatus.RUNNING, ParseJobStore.Outcome.none(), now())) {
                return;
            }
            ParseJob job = store.find(projectId, jobId).orElse(null);
            if (job == null) {
                return;
            }
            JobOptions options = JobOptions.fromJson(job.options());
            ParseOptions parseOptions = parseOptions(options);
            Future<?> self = running.get(jobId);
            Duration timeout = timeout(options, parseOptions);
            var alarm = timer.schedule(() -> {
                timedOut.set(true);
                if (self != null) {
                    self.cancel(true);
                }
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
            try {
                finish(job, parse(job, options, parseOptions), options);
            } catch (ParseException e) {
                String reason = timedOut.get() ? "parse timed out after " + timeout.toSeconds() + " s" : e.getMessage();
                store.transition(jobId, JobStatus.RUNNING, JobStatus.FAILED, ParseJobStore.Outcome.failed(reason), now());
            } finally {
                alarm.cancel(false);
            }
        } catch (OutOfMemoryError e) {
            store.transition(jobId, JobStatus.RUNNING, JobStatus.FAILED,
                    ParseJobStore.Outcome.failed("file too large to parse"), now());
        } catch (RuntimeException e) {
            // A parser bug on one odd file fails that job, not the worker. An interrupted job was cancelled
            // (or timed out): whatever the interrupt broke is not worth a stack trace.
            if (!Thread.currentThread().isInterrupted() && !timedOut.get()) {
                LOG.warn("parse job {} failed", jobId, e);
            }
            store.transition(jobId, JobStatus.RUNNING, JobStatus.FAILED, ParseJobStore.Outcome.failed(timedOut.get()
                    ? "parse timed out" : "could not parse file: " + e.getClass().getSimpleName()), now());
        } finally {
            running.remove(jobId);
            Thread.interrupted();
        }
    }

    private StructuredDocument parse(ParseJob job, JobOptions options, ParseOptions parseOptions) {
        String key = job.inputBlob().orElseThrow(() -> new ParseException("the job's input is gone"));
        try (InputStream in = blobs.open(key).orElseThrow(() -> new ParseException("the job's input is gone"))) {
            return parser.parse(job.fileName(), options.mediaType().orElse(null), in, parseOptions);
        } catch (java.io.IOException e) {
            throw new ParseException("could not read the job's input: " + e.getMessage(), e);
        }
    }

    private void finish(ParseJob job, StructuredDocument doc, JobOptions options) {
        long failed = doc.pages().stream().filter(LayoutPage::failed).count();
        int total = doc.pages().size();
        double allowed = options.allowedPageFailureRatio().orElse(JobOptions.DEFAULT_ALLOWED_PAGE_FAILURE_RATIO);
        if (failed > 0 && (double) failed / total > allowed) {
            String first = doc.pages().stream().flatMap(p -> p.error().stream()).findFirst().orElse("");
            throw new ParseException(failed + " of " + total + " pages failed (more than allowed_page_failure_ratio "
                    + allowed + "); first: " + first);
        }
        StoredBlob result = blobs.put(new ByteArrayInputStream(Json.writeBytes(ResultJson.stored(doc))));
        boolean completed = store.transition(job.id(), JobStatus.RUNNING, JobStatus.COMPLETED,
                new ParseJobStore.Outcome(Optional.of(result.key()), Optional.empty(), Optional.of(total)), now());
        if (!completed) {
            // Cancelled (or deleted) while parsing: the result has no row to belong to.
            blobs.delete(result.key());
        }
    }

    private ParseOptions parseOptions(JobOptions options) {
        Optional<SortedSet<Integer>> pages = options.targetPages().flatMap(ParseRequests::pages);
        if (pages.isEmpty() && options.maxPages().isPresent()) {
            SortedSet<Integer> first = new TreeSet<>();
            for (int i = 1; i <= Math.min(options.maxPages().get(), limits.maxPages()); i++) {
                first.add(i);
            }
            pages = Optional.of(first);
        }
        return new ParseOptions(limits, pages,
                options.languages().stream().map(l -> OcrLanguages.tesseract(l).orElseThrow()).toList(), true);
    }

    private Duration timeout(JobOptions options, ParseOptions parseOptions) {
        if (options.baseTimeoutSeconds().isEmpty()) {
            return limits.timeout();
        }
        int pages = parseOptions.targetPages().map(SortedSet::size).orElse(0);
        long seconds = options.baseTimeoutSeconds().get() + (long) options.extraSecondsPerPage().orElse(0) * pages;
        return Duration.ofSeconds(Math.min(seconds, limits.timeout().toSeconds()));
    }

    private long now() {
        return Timestamps.nowMicros(clock);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        timer.shutdownNow();
    }
}
