package dev.quire.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The scale benchmark's tables: one per step, Lucene and Solr side by side, then growth per backend. */
final class ScaleReport {
    private static final double MB = 1 << 20;

    private ScaleReport() {}

    static void step(ScaleBackend.Step lucene, ScaleBackend.Step solr, int replicas) {
        System.out.printf("%n== %,d chunks ==%n", lucene.chunks());
        System.out.printf("%-34s %14s %14s %12s%n", "", "lucene", "solr", "solr/lucene");
        row("ingest chunks/s (this step)", lucene.chunksPerSecond(), solr.chunksPerSecond(), "%14.0f");
        row("retrieve p50 ms", lucene.p50Ms(), solr.p50Ms(), "%14.2f");
        row("retrieve p99 ms", lucene.p99Ms(), solr.p99Ms(), "%14.2f");
        row("retrieve mean ms", lucene.meanMs(), solr.meanMs(), "%14.2f");
        row("RSS MB", lucene.memory().rss() / MB, solr.memory().rss() / MB, "%14.0f");
        row("  of which anonymous (heap...) MB", lucene.memory().anon() / MB, solr.memory().anon() / MB, "%14.0f");
        row("  of which file pages (mmap) MB", lucene.memory().file() / MB, solr.memory().file() / MB, "%14.0f");
        row("disk bytes/chunk", perChunk(lucene.disk().total(), lucene), perChunk(solr.disk().total(), solr), "%14.0f");
        row("  index files only (no tlog, no ZK)", perChunk(lucene.disk().index(), lucene),
                perChunk(solr.disk().index(), solr), "%14.0f");
        System.out.println("  lucene by file type: " + largest(lucene.disk(), lucene));
        System.out.println("  solr by file type:   " + largest(solr.disk(), solr));
        if (replicas > 1) {
            row("  index files per copy (/" + replicas + ")", perChunk(lucene.disk().index(), lucene),
                    perChunk(solr.disk().index(), solr) / replicas, "%14.0f");
        }
    }

    static void growth(Map<String, List<ScaleBackend.Step>> results) {
        System.out.printf("%nGrowth per backend (ingest rate of each step's added chunks; RSS after the step's queries)%n");
        System.out.printf("%-7s %10s %10s %9s %9s %9s %8s %12s%n", "backend", "chunks", "chunks/s", "p50 ms", "p99 ms",
                "mean ms", "RSS MB", "bytes/chunk");
        results.forEach((name, steps) -> steps.forEach(s -> System.out.printf("%-7s %,10d %10.0f %9.2f %9.2f %9.2f %8.0f %12.0f%n",
                name, s.chunks(), s.chunksPerSecond(), s.p50Ms(), s.p99Ms(), s.meanMs(), s.memory().rss() / MB,
                perChunk(s.disk().total(), s))));
    }

    /** The largest file types in bytes per chunk, largest first. */
    private static String largest(ScaleBackend.Disk disk, ScaleBackend.Step step) {
        return disk.byType().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(8)
                .map(e -> String.format("%s %.0f", e.getKey(), perChunk(e.getValue(), step)))
                .collect(Collectors.joining(", ")) + " (bytes/chunk)";
    }

    private static void row(String label, double lucene, double solr, String format) {
        System.out.printf("%-34s " + format + " " + format + " %12.2f%n", label, lucene, solr, solr / lucene);
    }

    private static double perChunk(long bytes, ScaleBackend.Step step) {
        return (double) bytes / step.chunks();
    }
}
