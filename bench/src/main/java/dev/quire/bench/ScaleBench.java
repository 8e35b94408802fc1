package dev.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.retrieval.RetrievalPolicy;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackends;
import dev.quire.search.SearchSettings;
import dev.quire.testing.SolrCloudProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How search and storage cost grow with the number of chunks, on embedded Lucene and on a 2-node
 * SolrCloud side by side: at each step (10k, 100k, then 1M chunks, up to the limit asked) both
 * indexes grow to the step's size through {@code replaceFile} and periodic commits, then answer the
 * same hybrid queries; ingest rate, retrieval p50/p99, resident memory and disk per chunk are
 * printed per step with Solr/Lucene ratios, then per backend across steps.
 *
 * <p>Usage: {@code bench/run scale [max-chunks] [server|test]} (default 100,000; 1,000,000 adds the 1M
 * step). The Solr JVM gets the bench JVM's heap and the default JIT and collector ({@code server});
 * {@code test} starts it as the tests do (512 MB, serial GC, C1 only), which indexes far slower.
 * {@code QUIRE_SOLR_SHARDS} / {@code QUIRE_SOLR_REPLICAS} shape the Solr collection (default 2 x 1).
 */
public final class ScaleBench {
    static final int TOP_K = 10;
    /** The server's retrieval defaults (Config.Retrieval.defaults: z-score fusion, 0.4 / 0.6). */
    static final RetrievalPolicy POLICY = new RetrievalPolicy(0.4, 0.6);
    private static final long[] STEPS = {10_000, 100_000, 1_000_000};
    private static final int WARM_UP_QUERIES = 100;
    private static final int MEASURED_QUERIES = 300;
    private static final List<String> SERVER_JVM = List.of("-Xmx2g");
    private static final List<String> TEST_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    /** A query with its vector, embedded before timing starts. */
    record Query(String text, float[] vector) {}

    private ScaleBench() {}

    public static void main(String[] args) throws Exception {
        long max = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 100_000;
        List<Long> steps = steps(max);
        String jvm = args.length > 1 ? args[1] : "server";
        if (!jvm.equals("server") && !jvm.equals("test")) {
            throw new IllegalArgumentException("usage: bench/run scale [max-chunks] [server|test], got " + jvm);
        }
        List<String> solrJvm = jvm.equals("server") ? SERVER_JVM : TEST_JVM;
        Path scifact = Scifact.defaultLocation();
        SyntheticFiles files = SyntheticFiles.fromScifact(scifact);
        List<Query> measured = queries(scifact, files);
        // Warm-up queries differ from the measured ones: Solr's query result cache would serve repeats.
        List<Query> warmUp = files.titles(WARM_UP_QUERIES).stream().map(t -> new Query(t, files.embed(t))).toList();
        int shards = positiveEnv("QUIRE_SOLR_SHARDS", 2);
        int replicas = positiveEnv("QUIRE_SOLR_REPLICAS", 1);

        long started = System.nanoTime();
        Path luceneDir = Files.createTempDirectory("quire-bench-scale-lucene");
        Path solrClientDir = Files.createTempDirectory("quire-bench-scale-solr");
        try (SolrCloudProcess solr = SolrCloudProcess.start(solrJvm);
             SearchBackend lucene = SearchBackends.open(SearchSettings.lucene(), luceneDir);
             SearchBackend solrCloud = SearchBackends.open(SearchSettings.solr(solr.zkHost(), shards, replicas), solrClientDir)) {
            System.out.println("scale: cost of search and storage as chunks grow; steps " + steps + " chunks");
            System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores (shared with other work: "
                    + "figures are noisy), bench JVM max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
            System.out.println("embedder: " + HashEmbedder.NAME);
            System.out.printf("texts: %,d SciFact sentences recombined (3-6 per chunk, seeded); files of %d-%d chunks "
                            + "through replaceFile, commit every %,d chunks and at each step's end%n",
                    files.sentenceCount(), SyntheticFiles.MIN_CHUNKS, SyntheticFiles.MAX_CHUNKS, ScaleBackend.COMMIT_EVERY);
            System.out.printf("queries: the %d SciFact test queries after %d warm-up ones (SciFact titles), sequential, hybrid BM25 + vector, "
                            + "z-score fusion %.1f/%.1f, top_k %d, %d candidates per ranking%n", MEASURED_QUERIES,
                    WARM_UP_QUERIES, POLICY.fullTextWeight(), POLICY.vectorWeight(), TOP_K, POLICY.candidates(TOP_K));
            System.out.println("lucene: embedded, in this JVM; RSS = this JVM (index + bench + Solr client); "
                    + "disk = its index folder");
            System.out.printf("solr: 2-node SolrCloud (both nodes and ZooKeeper in one JVM of their own, options %s), "
                            + "collection of %d shard(s) x %d replica(s); RSS = that JVM; disk = the cluster's whole data "
                            + "directory (cores, transaction logs, ZooKeeper), so %d cop%s of each chunk%n",
                    String.join(" ", solrJvm), shards, replicas, replicas, replicas == 1 ? "y" : "ies");
            System.out.printf("solr cluster started in %.1f s%n", solr.startMillis() / 1e3);

            List<ScaleBackend> backends = List.of(
                    new ScaleBackend("lucene", lucene.index("scale", HashEmbedder.DIMENSION),
                            String.valueOf(ProcessHandle.current().pid()), luceneDir),
                    new ScaleBackend("solr", solrCloud.index("scale", HashEmbedder.DIMENSION),
                            String.valueOf(solr.pid()), solr.baseDir()));
            Map<String, List<ScaleBackend.Step>> results = new LinkedHashMap<>();
            backends.forEach(b -> results.put(b.name, new ArrayList<>()));
            for (long step : steps) {
                // Alternate backends within a step so that drift of the shared machine hits both.
                for (ScaleBackend backend : backends) {
                    System.err.printf("%s: growing to %,d chunks%n", backend.name, step);
                    double rate = backend.growTo(step, files);
                    double settled = backend.settle();
                    System.out.printf("%s at %,d chunks: background merges done %s%n", backend.name, step,
                            settled < 0 ? "NOT within 6 min (measured during merges)"
                                    : String.format("%.0f s after the step's last commit", settled));
                    double[] ms = backend.latencies(warmUp, measured);
                    results.get(backend.name).add(new ScaleBackend.Step(step, rate, Metrics.percentile(ms, 50),
                            Metrics.percentile(ms, 99), Arrays.stream(ms).average().orElseThrow(), backend.memory(),
                            backend.disk()));
                }
                ScaleReport.step(results.get("lucene").get(results.get("lucene").size() - 1),
                        results.get("solr").get(results.get("solr").size() - 1), replicas);
            }
            ScaleReport.growth(results);
            System.out.printf("%nwall time %.1f min%n", (System.nanoTime() - started) / 60e9);
        } finally {
            delete(luceneDir);
            delete(solrClientDir);
        }
    }

    /** 10k, 100k, 1M up to {@code max}, plus {@code max} itself when it is none of them. */
    static List<Long> steps(long max) {
        List<Long> steps = new ArrayList<>();
        for (long s : STEPS) {
            if (s <= max) {
                steps.add(s);
            }
        }
        if (steps.isEmpty() || steps.get(steps.size() - 1) != max) {
            steps.add(max);
        }
        return steps;
    }

    private static List<Query> queries(Path scifact, SyntheticFiles files) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(scifact.resolve("queries.jsonl"))) {
            if (!line.isBlank() && queries.size() < MEASURED_QUERIES) {
                String text = json.readTree(line).get("text").asText();
                queries.add(new Query(text, files.embed(text)));
            }
        }
        if (queries.size() < MEASURED_QUERIES) {
            throw new IllegalStateException("need " + MEASURED_QUERIES + " SciFact queries, found "
                    + queries.size());
        }
        return queries;
    }

    private static int positiveEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
