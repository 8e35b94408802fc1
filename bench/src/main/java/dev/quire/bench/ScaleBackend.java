package dev.quire.bench;

import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.HybridQuery;
import dev.quire.search.HybridSearch;
import dev.quire.search.Hit;
import dev.quire.search.ZScoreFusion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One backend under the scale benchmark: grows its index file by file to each step's chunk count,
 * then measures retrieval latency, the resident memory of the process that holds the index and
 * the index's bytes on disk.
 */
final class ScaleBackend {
    /** Chunks between commits: each commit fsyncs and leaves a segment, as a running sync does. */
    static final int COMMIT_EVERY = 5_000;
    private static final long SETTLE_MILLIS = 3_000;
    private static final int SETTLE_TRIES = 120;

    /** What one step measured. */
    record Step(long chunks, double chunksPerSecond, double p50Ms, double p99Ms, double meanMs, Memory memory,
                Disk disk) {}

    /** Resident memory of a process from /proc/<pid>/status, in bytes: anonymous (heap etc.) and file pages. */
    record Memory(long rss, long anon, long file) {
        static Memory of(String pid) {
            try {
                List<String> lines = Files.readAllLines(Path.of("/proc", pid, "status"));
                return new Memory(kb(lines, "VmRSS:"), kb(lines, "RssAnon:"), kb(lines, "RssFile:"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the memory of process " + pid, e);
            }
        }

        private static long kb(List<String> lines, String key) {
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> Long.parseLong(l.substring(key.length()).trim().split("\\s+")[0]) * 1024).orElse(-1L);
        }
    }

    /**
     * Bytes under a directory: all of them, those in transaction logs (Solr's tlog folders) and in
     * ZooKeeper's data, and per
     * file type (Lucene's file extension: vec = raw vectors, vex/vem = HNSW graph, fdt = stored fields,
     * cfs = small segments in one compound file, ...).
     */
    record Disk(long total, long tlog, long zookeeper, Map<String, Long> byType) {
        /** The search index's own files: without transaction logs and ZooKeeper's data. */
        long index() {
            return total - tlog - zookeeper;
        }

        static Disk of(Path dir) {
            try (Stream<Path> paths = Files.walk(dir)) {
                long[] sums = new long[3];
                Map<String, Long> byType = new TreeMap<>();
                paths.filter(Files::isRegularFile).forEach(p -> {
                    long size = size(p);
                    sums[0] += size;
                    String file = p.getFileName().toString();
                    String type = file.contains(".") ? file.substring(file.lastIndexOf('.') + 1) : file;
                    if (p.toString().contains("/tlog/")) {
                        sums[1] += size;
                        type = "tlog";
                    } else if (p.toString().contains("/zookeeper/")) {
                        sums[2] += size; // MiniSolrCloudCluster's ZooKeeper: a preallocated 64 MB log
                        type = "zookeeper";
                    }
                    byType.merge(type, size, Long::sum);
                });
                return new Disk(sums[0], sums[1], sums[2], byType);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot measure " + dir, e);
            }
        }

        private static long size(Path p) {
            try {
                return Files.size(p);
            } catch (IOException e) {
                return 0; // a file merged away while walking
            }
        }
    }

    final String name;
    private final ChunkIndex index;
    private final HybridSearch search;
    private final String pid;
    private final Path dataDir;
    private long nextFile;
    private long chunks;

    ScaleBackend(String name, ChunkIndex index, String pid, Path dataDir) {
        this.name = name;
        this.index = index;
        this.search = new HybridSearch(index, new ZScoreFusion());
        this.pid = pid;
        this.dataDir = dataDir;
    }

    /** Adds files until the index holds {@code target} chunks; index time only (texts and vectors are made untimed). */
    double growTo(long target, SyntheticFiles files) {
        long added = 0;
        long nanos = 0;
        long sinceCommit = 0;
        long reportEvery = Math.max(COMMIT_EVERY, (target - chunks) / 5);
        while (chunks < target) {
            int n = (int) Math.min(SyntheticFiles.size(nextFile), target - chunks);
            List<ChunkDoc> docs = files.file(nextFile, n);
            long t0 = System.nanoTime();
            index.replaceFile("file-" + nextFile, docs);
            sinceCommit += n;
            if (sinceCommit >= COMMIT_EVERY) {
                index.commit();
                sinceCommit = 0;
            }
            nanos += System.nanoTime() - t0;
            nextFile++;
            chunks += n;
            added += n;
            if (added % reportEvery < n) {
                System.err.printf("  %s: %,d chunks, %.0f chunks/s%n", name, chunks, added / (nanos / 1e9));
            }
        }
        long t0 = System.nanoTime();
        index.commit();
        nanos += System.nanoTime() - t0;
        if (index.count() != chunks) {
            throw new IllegalStateException(name + " holds " + index.count() + " chunks, expected " + chunks);
        }
        return added / (nanos / 1e9);
    }

    /** Sequential hybrid queries, top_k 10, after a warm-up pass; milliseconds sorted ascending. */
    double[] latencies(List<ScaleBench.Query> warmUp, List<ScaleBench.Query> measured) {
        warmUp.forEach(this::retrieve);
        double[] ms = new double[measured.size()];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            List<Hit> hits = retrieve(measured.get(i));
            ms[i] = (System.nanoTime() - t0) / 1e6;
            if (hits.isEmpty()) {
                throw new IllegalStateException(name + " found nothing for " + measured.get(i).text());
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private List<Hit> retrieve(ScaleBench.Query q) {
        return search.search(new HybridQuery(q.text(), q.vector(), Filter.NONE, ScaleBench.TOP_K,
                ScaleBench.POLICY.candidates(ScaleBench.TOP_K), ScaleBench.POLICY.fullTextWeight(),
                ScaleBench.POLICY.vectorWeight()));
    }

    Memory memory() {
        return Memory.of(pid);
    }

    /**
     * Waits until background merges have finished, then commits them: a merge of HNSW segments
     * rebuilds the graph from a temporary copy of the vectors (a .tmp file) for minutes at 100k chunks,
     * with no file growing meanwhile. Measured before that, queries compete with the merge for the
     * CPU and the disk holds the old segments, the new one and the copy. Returns the seconds waited.
     */
    double settle() {
        long t0 = System.nanoTime();
        Disk last = Disk.of(dataDir);
        for (int i = 0; i < SETTLE_TRIES; i++) {
            sleep(SETTLE_MILLIS);
            Disk now = Disk.of(dataDir);
            if (now.total() == last.total() && !now.byType().containsKey("tmp")) {
                index.commit(); // merged segments replace their sources only at the next commit
                return (System.nanoTime() - t0) / 1e9;
            }
            last = now;
        }
        System.err.printf("  %s: merges still running after %d s; measuring anyway%n", name,
                SETTLE_TRIES * SETTLE_MILLIS / 1000);
        index.commit();
        return -1;
    }

    Disk disk() {
        return Disk.of(dataDir);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long chunks() {
        return chunks;
    }
}
