package dev.quire.indexes;

import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import dev.quire.ingest.Chunk;
import dev.quire.ingest.IngestPipeline;
import dev.quire.ingest.Page;
import dev.quire.ingest.ParsedDocument;
import dev.quire.search.ChunkDoc;
import dev.quire.search.LuceneIndex;
import dev.quire.search.SearchIndexes;
import dev.quire.search.StoredChunk;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
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
 * <p>Crash safety: a batch's chunks are committed to Lucene first (each file's old chunks are
 * replaced in one atomic operation), then its per-file records are saved. A crash in between
 * leaves the old fingerprints in the database, so the resumed sync redoes that batch, which
 * replaces the same chunks again. Searches only ever see committed Lucene state, so never half a
 * file.
 */
final class SyncRun {
    private final Stores stores;
    private final SourceFiles sources;
    private final OutputDirectories outputs;
    private final SearchIndexes search;
    private final IngestPipeline pipeline;
    private final Screenshots screenshots;
    private final Clock clock;
    private final int batchSize;

    /** The stores a run writes to. */
    record Stores(IndexStore indexes, SyncJobStore jobs, IndexFileStore files) {}

    SyncRun(Stores stores, SourceFiles sources, OutputDirectories outputs, SearchIndexes search,
            IngestPipeline pipeline, Screenshots screenshots, Clock clock, int batchSize) {
        this.stores = stores;
        this.sources = sources;
        this.outputs = outputs;
        this.search = search;
        this.pipeline = pipeline;
        this.screenshots = screenshots;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** Why a run should stop early: cancelled by a user, or the server is shutting down. */
    enum Stop { NONE, CANCEL, SHUTDOWN }

    /** Thrown inside a run when it must stop. */
    static final class Stopped extends RuntimeException {
        private final Stop reason;

        Stopped(Stop reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }
    }

    /** Runs the job to its end state; never throws for a failed sync (the failure is recorded). */
    void run(SyncJob queued, Index index, Supplier<Stop> stop) {
        SyncJob job = withState(queued, SyncJob.RUNNING, Optional.of(now()), Optional.empty(), Optional.empty());
        stores.jobs().update(job);
        stores.indexes().update(index.withStatus(Index.SYNCING, Optional.empty(), now()));
        try {
            job = sync(job, index, stop);
            finish(job, index, SyncJob.SUCCEEDED, Optional.empty());
        } catch (Stopped e) {
            if (e.reason == Stop.CANCEL) {
                finish(job, index, SyncJob.CANCELLED, Optional.of("cancelled"));
            }
            // On shutdown the job stays "running" in the database and is resumed at the next start.
        } catch (RuntimeException e) {
            finish(job, index, SyncJob.FAILED, Optional.of(String.valueOf(e.getMessage())));
        }
    }

    private SyncJob sync(SyncJob job, Index index, Supplier<Stop> stop) {
        List<SourceFiles.SourceFile> live = sources.liveFiles(index.projectId(), index.sourceDirectoryId())
                .orElseThrow(() -> new IllegalStateException("source directory " + index.sourceDirectoryId()
                        + " no longer exists"));
        Map<String, IndexedFile> known = stores.files().files(index.id()).stream()
                .collect(Collectors.toMap(IndexedFile::sourceFileId, Function.identity()));
        LuceneIndex lucene = index.vectorsEnabled() ? search.get(index.id(), index.embeddingDimension()) : null;

        removeVanished(index, lucene, live, known);
        List<SourceFiles.SourceFile> changed = live.stream()
                .filter(f -> !known.containsKey(f.directoryFileId())
                        || !known.get(f.directoryFileId()).fingerprint().equals(fingerprint(f, index)))
                .toList();
        job = progress(job, live.size(), live.size() - changed.size(), 0);
        for (int start = 0; start < changed.size(); start += batchSize) {
            if (stop.get() != Stop.NONE) {
                throw new Stopped(stop.get());
            }
            List<SourceFiles.SourceFile> batch = changed.subList(start, Math.min(changed.size(), start + batchSize));
            int failed = writeBatch(index, lucene, batch, known);
            job = progress(job, live.size(), job.filesDone() + batch.size(), job.filesFailed() + failed);
        }
        return job;
    }

    private void removeVanished(Index index, LuceneIndex lucene, List<SourceFiles.SourceFile> live,
                                Map<String, IndexedFile> known) {
        java.util.Set<String> liveIds = live.stream().map(SourceFiles.SourceFile::directoryFileId)
                .collect(Collectors.toSet());
        List<IndexedFile> gone = known.values().stream().filter(f -> !liveIds.contains(f.sourceFileId())).toList();
        if (gone.isEmpty()) {
            return;
        }
        if (lucene != null) {
            gone.forEach(f -> lucene.deleteFile(f.parsedFileId()));
            lucene.commit();
        }
        for (IndexedFile f : gone) {
            stores.files().remove(index.id(), f.sourceFileId(), f.parsedFileId());
            outputs.removeParsed(index.projectId(), index.outputDirectoryId(), f.sourceFileId());
        }
    }

    /** Ingests one batch; returns how many of its files failed. */
    private int writeBatch(Index index, LuceneIndex lucene, List<SourceFiles.SourceFile> batch,
                           Map<String, IndexedFile> known) {
        Map<String, SourceFiles.SourceFile> byId = batch.stream()
                .collect(Collectors.toMap(SourceFiles.SourceFile::directoryFileId, Function.identity()));
        List<IngestPipeline.Input> inputs = batch.stream()
                .map(f -> new IngestPipeline.Input(f.directoryFileId(), f.displayName(),
                        () -> sources.open(index.projectId(), f.fileId())))
                .toList();
        List<IngestPipeline.Result> results = pipeline.run(inputs, lucene != null);
        Map<String, String> parsedIds = new java.util.HashMap<>();
        for (IngestPipeline.Result r : results) {
            // The parsed entry is written first because its id is what the chunks carry; it keeps
            // its id across syncs, so a crash before the chunks commit only leaves it as it was.
            String parsedId = outputs.upsertParsed(index.projectId(), index.outputDirectoryId(), byId.get(r.key()));
            parsedIds.put(r.key(), parsedId);
            if (lucene != null) {
                lucene.replaceFile(parsedId, chunkDocs(parsedId, byId.get(r.key()), r));
            }
        }
        if (lucene != null) {
            lucene.commit();
        }
        int failed = 0;
        for (IngestPipeline.Result r : results) {
            SourceFiles.SourceFile source = byId.get(r.key());
            String parsedId = parsedIds.get(r.key());
            failed += r.failed() ? 1 : 0;
            record(index, source, parsedId, r);
        }
        return failed;
    }

    private void record(Index index, SourceFiles.SourceFile source, String parsedId, IngestPipeline.Result r) {
        if (!r.failed() && index.wantsScreenshots()) {
            screenshots.store(index, parsedId, source);
        }
        Optional<IndexFileStore.ParsedText> text = r.document().map(SyncRun::parsedText);
        stores.files().save(new IndexedFile(index.id(), source.directoryFileId(), parsedId, Optional.of(source.fileId()),
                source.displayName(), fingerprint(source, index), r.failed() ? IndexedFile.FAILED : IndexedFile.INDEXED,
                r.error(), r.chunks().size(), r.document().map(d -> d.pages().size()).orElse(0),
                now()), text);
    }

    private static List<ChunkDoc> chunkDocs(String parsedId, SourceFiles.SourceFile source, IngestPipeline.Result r) {
        List<ChunkDoc> docs = new ArrayList<>();
        for (int i = 0; i < r.chunks().size(); i++) {
            Chunk c = r.chunks().get(i);
            StoredChunk stored = new StoredChunk(parsedId + ":" + c.chunkIndex(), parsedId, c.chunkIndex(),
                    c.startChar(), c.endChar(), c.tokenCount(), c.pageRangeStart(), c.pageRangeEnd(), c.content(),
                    source.metadata());
            docs.add(new ChunkDoc(stored, r.vectors().get(i)));
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

    private SyncJob progress(SyncJob job, int total, int done, int failed) {
        SyncJob next = new SyncJob(job.id(), job.indexId(), job.state(), job.requestedAt(), job.startedAt(),
                job.finishedAt(), total, done, failed, job.error());
        stores.jobs().update(next);
        return next;
    }

    private void finish(SyncJob job, Index started, String state, Optional<String> error) {
        long now = now();
        stores.jobs().update(withState(job, state, job.startedAt(), Optional.of(now), error));
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
