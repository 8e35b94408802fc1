package dev.quire.indexes;

import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import dev.quire.ingest.Chunk;
import dev.quire.ingest.IngestPipeline;
import dev.quire.ingest.Page;
import dev.quire.ingest.ParsedDocument;
import dev.quire.ingest.TextOffsets;
import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.SearchBackend;
import dev.quire.search.StoredChunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs one sync job: compares the source directory with what the index holds, drops removed
 * files, and parses, chunks, embeds and writes new or changed ones in batches.
 *
 * <p>Crash safety: chunks are committed to the search index first (each file's old chunks are replaced in
 * one atomic operation; commits happen every few seconds, as they fsync), then the per-file
 * records of what that commit made durable are saved. A crash in between leaves the old
 * fingerprints in the database, so the resumed sync redoes those files, which replaces the same
 * chunks again. Searches only ever see committed search state, so never half a file.
 */
public final class SyncRun {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SyncRun.class);
    private final Stores stores;
    private final SourceFiles sources;
    private final OutputDirectories outputs;
    private final SearchBackend search;
    private final IngestPipeline pipeline;
    private final Screenshots screenshots;
    private final Clock clock;
    private final int batchSize;
    private final long commitIntervalNanos;

    /** The stores a run writes to. */
    public record Stores(IndexStore indexes, SyncJobStore jobs, IndexFileStore files) {}

    public SyncRun(Stores stores, SourceFiles sources, OutputDirectories outputs, SearchBackend search,
            IngestPipeline pipeline, Screenshots screenshots, Clock clock, int batchSize, Duration commitInterval) {
        this.stores = stores;
        this.sources = sources;
        this.outputs = outputs;
        this.search = search;
        this.pipeline = pipeline;
        this.screenshots = screenshots;
        this.clock = clock;
        this.batchSize = batchSize;
        this.commitIntervalNanos = commitInterval.toNanos();
    }

    /**
     * Why a run should stop early: cancelled by a user, the server is shutting down, or this node lost
     * the job's lease (another node may be running it now: write nothing more).
     */
    enum Stop { NONE, CANCEL, SHUTDOWN, LOST }

    /** Thrown inside a run when it must stop. */
    static final class Stopped extends RuntimeException {
        private final Stop reason;

        Stopped(Stop reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Runs the job, leased by {@code node}, to its end state; never throws for a failed sync (the
     * failure is recorded). Every job write is conditional on the lease, so a node that lost it
     * stops at its next write without touching the job again.
     */
    void run(SyncJob queued, Index index, Supplier<Stop> stop, String node) {
        Lease lease = new Lease(node, stop);
        SyncJob job = withState(queued, SyncJob.RUNNING, Optional.of(now()), Optional.empty(), Optional.empty());
        try {
            lease.save(job);
            stores.indexes().update(index.withStatus(Index.SYNCING, Optional.empty(), now()));
            job = sync(job, index, lease);
            finish(job, index, SyncJob.SUCCEEDED, Optional.empty(), lease);
        } catch (Stopped e) {
            if (e.reason == Stop.CANCEL) {
                finishQuietly(job, index, SyncJob.CANCELLED, Optional.of("cancelled"), lease);
            }
            // On shutdown the job stays "running" in the database and is resumed by the next node to
            // claim it; a lost lease means another node may have it already.
        } catch (RuntimeException e) {
            finishQuietly(job, index, SyncJob.FAILED, Optional.of(String.valueOf(e.getMessage())), lease);
        }
    }

    /** The job's lease as the run sees it: why to stop, and the lease-conditional job write. */
    private final class Lease {
        private final String node;
        private final Supplier<Stop> stop;

        Lease(String node, Supplier<Stop> stop) {
            this.node = node;
            this.stop = stop;
        }

        Stop stop() {
            return stop.get();
        }

        void save(SyncJob job) {
            if (stop.get() == Stop.LOST || !stores.jobs().update(job, node)) {
                throw new Stopped(Stop.LOST);
            }
        }
    }

    private void finishQuietly(SyncJob job, Index index, String state, Optional<String> error, Lease lease) {
        try {
            finish(job, index, state, error, lease);
        } catch (Stopped lost) {
            // The lease is gone: whoever holds it now records the outcome.
        }
    }

    private SyncJob sync(SyncJob job, Index index, Lease stop) {
        List<SourceFiles.SourceFile> live = sources.liveFiles(index.projectId(), index.sourceDirectoryId())
                .orElseThrow(() -> new IllegalStateException("source directory " + index.sourceDirectoryId()
                        + " no longer exists"));
        Map<String, IndexedFile> known = stores.files().files(index.id()).stream()
                .collect(Collectors.toMap(IndexedFile::sourceFileId, Function.identity()));
        ChunkIndex chunks = index.vectorsEnabled() ? search.index(index.id(), index.embeddingDimension()) : null;

        if (stop.stop() == Stop.LOST) {
            throw new Stopped(Stop.LOST);
        }
        removeVanished(index, chunks, live, known);
        List<SourceFiles.SourceFile> changed = live.stream()
                .filter(f -> !known.containsKey(f.directoryFileId())
                        || !known.get(f.directoryFileId()).fingerprint().equals(fingerprint(f, index)))
                .toList();
        job = progress(job, live.size(), live.size() - changed.size(), 0, stop);
        List<Written> uncommitted = new ArrayList<>();
        long lastCommit = System.nanoTime();
        for (int start = 0; start < changed.size(); start += batchSize) {
            Stop reason = stop.stop();
            if (reason != Stop.NONE) {
                if (reason == Stop.CANCEL) {
                    // Keep what is complete; on shutdown the uncommitted work is simply redone at start.
                    commit(index, chunks, uncommitted, stop);
                }
                throw new Stopped(reason);
            }
            List<SourceFiles.SourceFile> batch = changed.subList(start, Math.min(changed.size(), start + batchSize));
            List<Written> written = writeBatch(index, chunks, batch);
            uncommitted.addAll(written);
            // Progress is shown per batch; what is durable is recorded per commit.
            job = progress(job, live.size(), job.filesDone() + written.size(),
                    job.filesFailed() + (int) written.stream().filter(w -> w.result().failed()).count(), stop);
            boolean last = start + batchSize >= changed.size();
            if (last || System.nanoTime() - lastCommit >= commitIntervalNanos) {
                commit(index, chunks, uncommitted, stop);
                uncommitted.clear();
                lastCommit = System.nanoTime();
            }
        }
        return job;
    }

    /**
     * Commits the search index (fsync: the expensive part, so it happens every few seconds rather than every
     * batch), then records what the commit made durable.
     */
    private void commit(Index index, ChunkIndex chunks, List<Written> written, Lease lease) {
        if (lease.stop() == Stop.LOST) {
            throw new Stopped(Stop.LOST);
        }
        if (chunks != null) {
            chunks.commit();
        }
        List<IndexFileStore.Saved> records = new ArrayList<>();
        for (Written w : written) {
            records.add(record(index, w.source(), w.parsedId(), w.result()));
        }
        stores.files().saveAll(records);
    }

    /** A file whose chunks were written to the search index but not yet committed. */
    private record Written(SourceFiles.SourceFile source, String parsedId, IngestPipeline.Result result) {}

    private void removeVanished(Index index, ChunkIndex chunks, List<SourceFiles.SourceFile> live,
                                Map<String, IndexedFile> known) {
        java.util.Set<String> liveIds = live.stream().map(SourceFiles.SourceFile::directoryFileId)
                .collect(Collectors.toSet());
        List<IndexedFile> gone = known.values().stream().filter(f -> !liveIds.contains(f.sourceFileId())).toList();
        // Chunks no record accounts for: a crash after a search commit and before the records of that
        // commit were saved. A file still in the source is written again below (it has no record);
        // one that left the source meanwhile would otherwise stay searchable forever.
        java.util.Set<String> recorded = known.values().stream().map(IndexedFile::parsedFileId)
                .collect(Collectors.toSet());
        List<String> unrecorded = chunks == null ? List.of()
                : chunks.fileIds().stream().filter(id -> !recorded.contains(id)).toList();
        if (gone.isEmpty() && unrecorded.isEmpty()) {
            return;
        }
        if (chunks != null) {
            gone.forEach(f -> chunks.deleteFile(f.parsedFileId()));
            unrecorded.forEach(chunks::deleteFile);
            chunks.commit();
        }
        for (IndexedFile f : gone) {
            screenshots.delete(stores.files().remove(index.id(), f.sourceFileId(), f.parsedFileId()));
            outputs.removeParsed(index.projectId(), index.outputDirectoryId(), f.sourceFileId());
        }
    }

    /** Parses, chunks and embeds one batch and writes its chunks to the search index, uncommitted. */
    private List<Written> writeBatch(Index index, ChunkIndex chunks, List<SourceFiles.SourceFile> batch) {
        Map<String, SourceFiles.SourceFile> byId = batch.stream()
                .collect(Collectors.toMap(SourceFiles.SourceFile::directoryFileId, Function.identity()));
        List<IngestPipeline.Input> inputs = batch.stream()
                .map(f -> new IngestPipeline.Input(f.directoryFileId(), f.displayName(),
                        () -> sources.open(index.projectId(), f.fileId())))
                .toList();
        IngestPipeline.Batch ingested = pipeline.run(inputs, chunks != null);
        long started = System.nanoTime();
        List<Written> written = new ArrayList<>();
        for (IngestPipeline.Result r : ingested.results()) {
            // The parsed entry is written first because its id is what the chunks carry; it keeps
            // its id across syncs, so a crash before the chunks commit only leaves it as it was.
            SourceFiles.SourceFile source = byId.get(r.key());
            String parsedId = outputs.upsertParsed(index.projectId(), index.outputDirectoryId(), source);
            if (chunks != null) {
                chunks.replaceFile(parsedId, chunkDocs(parsedId, source, r));
            }
            written.add(new Written(source, parsedId, r));
        }
        LOG.debug("sync batch of {}: {} files, parse {} ms, embed {} ms, write {} ms", index.id(), batch.size(),
                ingested.parseNanos() / 1_000_000, ingested.embedNanos() / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
        return written;
    }

    private IndexFileStore.Saved record(Index index, SourceFiles.SourceFile source, String parsedId,
                                        IngestPipeline.Result r) {
        if (!r.failed() && index.wantsScreenshots()) {
            screenshots.store(index, parsedId, source);
        }
        if (!r.failed() && index.wantsItems()) {
            screenshots.storeItems(index, parsedId, r.document().orElseThrow());
        }
        Optional<IndexFileStore.ParsedText> text = r.document().map(SyncRun::parsedText);
        return new IndexFileStore.Saved(new IndexedFile(index.id(), source.directoryFileId(), parsedId, Optional.of(source.fileId()),
                source.displayName(), fingerprint(source, index), r.failed() ? IndexedFile.FAILED : IndexedFile.INDEXED,
                r.error(), r.chunks().size(), r.document().map(d -> d.pages().size()).orElse(0),
                now()), text);
    }

    /**
     * The file's metadata plus {@code heading_path}, the Markdown headings the chunk lies under joined by
     * " > " (absent for text without headings; a file's own metadata key of that name wins).
     */
    private static Map<String, Object> withHeadingPath(Map<String, Object> metadata, List<String> path) {
        if (path.isEmpty() || metadata.containsKey("heading_path")) {
            return metadata;
        }
        Map<String, Object> copy = new java.util.LinkedHashMap<>(metadata);
        copy.put("heading_path", String.join(" > ", path));
        return copy;
    }

    /** Chunks as stored: offsets in code points, as the API reports them (see {@link TextOffsets}). */
    private static List<ChunkDoc> chunkDocs(String parsedId, SourceFiles.SourceFile source, IngestPipeline.Result r) {
        List<ChunkDoc> docs = new ArrayList<>();
        java.util.function.IntUnaryOperator codePoints = r.document()
                .map(d -> TextOffsets.codePointsOf(d.text())).orElse(java.util.function.IntUnaryOperator.identity());
        dev.quire.ingest.HeadingPaths headings = dev.quire.ingest.HeadingPaths.of(r.document().map(d -> d.text()).orElse(""));
        for (int i = 0; i < r.chunks().size(); i++) {
            Chunk c = r.chunks().get(i);
            StoredChunk stored = new StoredChunk(parsedId + ":" + c.chunkIndex(), parsedId, c.chunkIndex(),
                    codePoints.applyAsInt(c.startChar()), codePoints.applyAsInt(c.endChar()), c.tokenCount(),
                    c.pageRangeStart(), c.pageRangeEnd(), c.content(), withHeadingPath(source.metadata(),
                            headings.at(c.startChar())));
            docs.add(new ChunkDoc(stored, r.vectors().get(i), r.secondVectors().isEmpty() ? null : r.secondVectors().get(i)));
        }
        return docs;
    }

    private static IndexFileStore.ParsedText parsedText(ParsedDocument document) {
        List<int[]> pages = document.pages().stream().map((Page p) -> new int[] {p.startChar(), p.endChar()}).toList();
        return new IndexFileStore.ParsedText(document.text(), pages);
    }

    /** What was indexed for a file: its bytes, name and metadata, and the attachment setting. */
    static String fingerprint(SourceFiles.SourceFile f, Index index) {
        String material = String.join("\n", f.contentHash(), f.fileId(), f.displayName(),
                Json.write(new java.util.TreeMap<>(f.metadata())), String.valueOf(index.wantsScreenshots()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private SyncJob progress(SyncJob job, int total, int done, int failed, Lease lease) {
        SyncJob next = new SyncJob(job.id(), job.indexId(), job.state(), job.requestedAt(), job.startedAt(),
                job.finishedAt(), total, done, failed, job.error());
        lease.save(next);
        return next;
    }

    private void finish(SyncJob job, Index started, String state, Optional<String> error, Lease lease) {
        long now = now();
        lease.save(withState(job, state, job.startedAt(), Optional.of(now), error));
        settleIndex(started, state, error, now);
    }

    /** The index's status after a job ended (also for a job cancelled before any node ran it). */
    void settleIndex(Index started, String state, Optional<String> error, long now) {
        Index current = stores.indexes().find(started.projectId(), started.id()).orElse(started);
        if (current.deletedAt().isPresent()) {
            return;
        }
        Index next;
        if (SyncJob.SUCCEEDED.equals(state)) {
            next = current.withState(Index.READY, Optional.empty(), true, now, Optional.of(now),
                    current.vectorsEnabled() ? Optional.of(now) : current.lastExportedAt(), current.deletedAt());
        } else if (SyncJob.CANCELLED.equals(state)) {
            next = current.hasExport() ? current.withStatus(Index.READY, Optional.empty(), now)
                    : current.withStatus(Index.FAILED, error, now);
        } else {
            next = current.withStatus(Index.FAILED, error, now);
        }
        stores.indexes().update(next);
    }

    private static SyncJob withState(SyncJob j, String state, Optional<Long> started, Optional<Long> finished,
                                     Optional<String> error) {
        return new SyncJob(j.id(), j.indexId(), state, j.requestedAt(), started, finished, j.filesTotal(),
                j.filesDone(), j.filesFailed(), error);
    }

    private long now() {
        return Timestamps.nowMicros(clock);
    }
}
