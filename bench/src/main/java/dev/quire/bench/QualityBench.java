package dev.quire.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Retrieval quality of BM25 only, vector only and the server's default hybrid on five labelled
 * corpora, through the API at document level (a document ranks where its best chunk ranks):
 * nDCG@10 from top_k 10 requests and Recall@100 from top_k 100 requests, both with the server's
 * default num_candidates (what a client gets), with 95% bootstrap intervals. Then fusion variants
 * compared offline on the cached candidate lists ({@link FusionStudy}), latency of top_k 10 and
 * 100 requests, BM25 options ({@link Bm25Study}) and the second embedding model's weight through the API
 * ({@link SecondModelStudy}).
 *
 * <p>Usage: {@code bench/run quality [limit-docs] [study|latency] [scifact|markdown|arguana|code|keywords ...]}; {@code latency}
 * prints only the round trips (on the first corpus); {@code study}
 * prints only the offline fusion study (fast once the candidate lists are cached); naming corpora runs only those; a limit (first N SciFact and ArguAna documents,
 * and only the queries judged within them) is for smoke runs, its figures mean nothing. With
 * {@code QUIRE_BENCH_DATA_DIR} set, indexes and candidate lists are kept there and reused by the
 * next run (re-indexing a corpus whose documents changed); otherwise a temporary directory is used.
 */
public final class QualityBench {
    static final String KEY = "qk-bench-key-000000000000000000000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QualityBench() {}

    public static void main(String[] args) throws Exception {
        // Tens of thousands of requests: one access-log line each would bury the figures.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.quire.access"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path shared = Scifact.defaultLocation().toAbsolutePath().normalize().getParent().getParent();
        Corpus scifact = Corpus.of(Scifact.load(Scifact.defaultLocation()));
        Corpus arguana = Corpus.beir("ArguAna", Scifact.load(Scifact.location("arguana")), true);
        boolean studyOnly = List.of(args).contains("study");
        boolean latencyOnly = List.of(args).contains("latency");
        for (String a : args) {
            if (a.matches("\\d+")) {
                scifact = scifact.limit(Integer.parseInt(a));
                arguana = arguana.limit(Integer.parseInt(a));
            }
        }
        Path tree = PinnedTree.at(repoRoot());
        List<Path> mdFiles = MarkdownSections.sources(tree,
                List.of(shared.resolve("contract/API.md"), shared.resolve("STYLE.md")));
        List<Corpus> corpora = only(List.of(scifact, MarkdownSections.corpus(mdFiles), arguana,
                CodeQuestions.corpus(tree), KeywordQueries.of(scifact, 3)), args);
        System.out.printf("quality: %d cores%n", Runtime.getRuntime().availableProcessors());
        corpora.forEach(c -> System.out.printf("  %-18s %5d docs, %4d queries%s%n", c.name(), c.docs().size(),
                c.queries().size(), c.unanswerable() > 0 ? String.format(" (%d whose judged document is missing "
                        + "from the corpus: unanswerable, scored 0)", c.unanswerable()) : ""));

        String kept = System.getenv("QUIRE_BENCH_DATA_DIR");
        Path dataDir = kept != null ? Files.createDirectories(Path.of(kept)) : Files.createTempDirectory("quire-bench-quality");
        Config config = BenchConfig.fromEnvironment(dataDir, KEY);
        Config.Retrieval defaults = config.retrieval();
        System.out.printf("server default: QUIRE_FUSION=%s, weights %.2f/%.2f, second model %s at %.2f, BM25 title/phrase "
                + "boosts %s/%s; data dir %s%n", defaults.fusion(), defaults.fullTextWeight(), defaults.vectorWeight(),
                config.embedding().secondModel(), defaults.secondModelWeight(),
                config.backends().search().bm25().title(), config.backends().search().bm25().phrase(), dataDir);
        List<IndexedCorpus> indexed;
        List<Map<String, Pools.Lists>> pools = new ArrayList<>();
        List<List<FusionStudy.Scores>> singles = new ArrayList<>();
        try (Main quire = Main.start(config, Clock.systemUTC())) {
            Api api = new Api("http://127.0.0.1:" + quire.port(), KEY);
            indexed = index(api, corpora, dataDir.resolve("bench-indexes.json"));
            if (latencyOnly) { // just the round trips, on an index this data dir may already hold
                Latency.measure(new Retriever(api), indexed.get(0)).forEach(System.out::println);
                System.exit(0);
            }
            for (IndexedCorpus c : indexed) {
                pools.add(Pools.load(api, c, dataDir.resolve("pools-" + c.corpus().name().replace(' ', '-') + ".json")));
            }
            if (studyOnly) {
                QualityReport.printStudy(indexed, new FusionStudy(corpora, pools));
            } else {
                singles = online(api, indexed, corpora, pools);
            }
        }
        // The server is stopped: each BM25 option and second-model weighting starts its own on the same data
        // directory.
        Bm25Study.print(config, indexed, pools, dataDir);
        SecondModelStudy.print(config, indexed, singles);
        // A non-daemon thread of the MCP transport (its session sweeper) outlives Main.close() and would
        // keep this JVM running after the figures are printed (as in LoadBench and ChatBench).
        System.exit(0);
    }

    /** Prints the main figures; returns per corpus the scores of BM25 alone and vector alone. */
    private static List<List<FusionStudy.Scores>> online(Api api, List<IndexedCorpus> indexed, List<Corpus> corpora,
                               List<Map<String, Pools.Lists>> pools) throws Exception {
        Retriever retriever = new Retriever(api);
        List<Retriever.Setting> settings = List.of(Retriever.Setting.of("bm25 only", 1, 0),
                Retriever.Setting.of("vector only", 0, 1), Retriever.Setting.serverDefault("server default"));
        List<List<FusionStudy.Scores>> online = new ArrayList<>();
        for (IndexedCorpus c : indexed) {
            List<FusionStudy.Scores> scores = new ArrayList<>();
            for (Retriever.Setting s : settings) {
                long t = System.nanoTime();
                scores.add(evaluate(retriever, c, s));
                System.out.printf("  %-18s %-16s nDCG@10 %.4f  (%.0f s)%n", c.corpus().name(), s.label(),
                        scores.get(scores.size() - 1).ndcg().stream().mapToDouble(d -> d).average().orElse(0),
                        (System.nanoTime() - t) / 1e9);
            }
            online.add(scores);
        }
        List<String> latency = Latency.measure(retriever, indexed.get(0));
        QualityReport.print(indexed, settings, online, new FusionStudy(corpora, pools), latency);
        return online.stream().map(scores -> scores.subList(0, 2)).toList();
    }

    /** nDCG@10 from top_k 10 and Recall@100 from top_k 100, server default candidates, per query. */
    static FusionStudy.Scores evaluate(Retriever retriever, IndexedCorpus c, Retriever.Setting s) throws Exception {
        List<Double> ndcg = new ArrayList<>();
        List<Double> recall = new ArrayList<>();
        for (var q : c.corpus().queries().entrySet()) {
            Map<String, Integer> qrels = c.corpus().qrels().get(q.getKey());
            ndcg.add(Metrics.ndcg(retriever.docs(c, q.getKey(), q.getValue(), s, 10), qrels, 10));
            recall.add(Metrics.recall(retriever.docs(c, q.getKey(), q.getValue(), s, 100), qrels, 100));
        }
        return new FusionStudy.Scores(ndcg, recall);
    }

    /**
     * Uploads and indexes every corpus not already indexed in this data dir with the same documents
     * (one sync worker builds them in turn), then maps each index's parsed files.
     */
    private static List<IndexedCorpus> index(Api api, List<Corpus> corpora, Path registry) throws Exception {
        long t0 = System.nanoTime();
        List<String> ids = IndexRegistry.indexes(api, corpora, registry);
        List<IndexedCorpus> indexed = new ArrayList<>();
        for (int i = 0; i < corpora.size(); i++) {
            indexed.add(IndexedCorpus.await(api, corpora.get(i), ids.get(i)));
        }
        System.out.printf("indexed in %.0f s:", (System.nanoTime() - t0) / 1e9);
        indexed.forEach(c -> System.out.printf(" %s %d chunks;", c.corpus().name(), c.chunks()));
        System.out.println();
        return indexed;
    }

    /**
     * The corpora named in {@code args} (by the first word of their name, any case: scifact, markdown,
     * arguana, code, keywords), or all of them when none is named: a full-corpus run of one corpus fits in less time.
     */
    private static List<Corpus> only(List<Corpus> corpora, String[] args) {
        List<String> named = java.util.Arrays.stream(args).map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .filter(a -> corpora.stream().anyMatch(c -> firstWord(c).equals(a))).toList();
        return named.isEmpty() ? corpora : corpora.stream().filter(c -> named.contains(firstWord(c))).toList();
    }

    private static String firstWord(Corpus c) {
        return c.name().split(" ")[0].toLowerCase(java.util.Locale.ROOT);
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bench/run"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository (no bench/run above " + Path.of("").toAbsolutePath() + ")");
    }
}
