package dev.quire.bench;

import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Retrieval quality of BM25, vector and hybrid search under both fusion methods, measured through
 * the API at document level (a document ranks where its best chunk ranks): nDCG@10 and Recall@100 on
 * SciFact (BEIR), and known-item nDCG@10 / MRR@10 / Recall@10 on the project's own markdown split
 * into sections (see {@link MarkdownSections}), so a default is not tuned to SciFact alone. Both
 * corpora are indexed once; the server is then restarted on the same data dir per fusion method,
 * since fusion is a server setting. Ends with client-measured latency and a recommended default.
 *
 * <p>@10 figures come from top_k 10 requests with the server's default num_candidates, i.e. what a
 * client gets; Recall@100 from top_k {@value #DEEP_TOP_K} with num_candidates {@value #DEEP_TOP_K}.
 *
 * <p>Usage: {@code bench/run quality [limit-docs]}; a limit (first N SciFact documents, and only the
 * queries judged within them) is for smoke runs, its figures mean nothing.
 */
public final class QualityBench {
    private static final String KEY = "qk-bench-key-000000000000000000000000000000";
    static final int DEEP_TOP_K = 300;
    private static final double[] FULL_TEXT_WEIGHTS = {0.2, 0.3, 0.35, 0.4, 0.5, 0.6};

    private QualityBench() {}

    public static void main(String[] args) throws Exception {
        // Tens of thousands of requests: one access-log line each would bury the figures.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("dev.quire.access"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Path shared = Scifact.defaultLocation().toAbsolutePath().normalize().getParent().getParent();
        Corpus scifact = Corpus.of(Scifact.load(Scifact.defaultLocation()));
        if (args.length > 0) {
            scifact = scifact.limit(Integer.parseInt(args[0]));
        }
        List<Path> mdFiles = MarkdownSections.sources(repoRoot(),
                List.of(shared.resolve("contract/API.md"), shared.resolve("STYLE.md")));
        Corpus sections = MarkdownSections.corpus(mdFiles);
        System.out.printf("quality: %d cores; SciFact %d docs / %d queries; markdown %d sections / %d queries from %s%n",
                Runtime.getRuntime().availableProcessors(), scifact.docs().size(), scifact.queries().size(),
                sections.docs().size(), sections.queries().size(), mdFiles);

        Path dataDir = Files.createTempDirectory("quire-bench-quality");
        Config base = BenchConfig.fromEnvironment(dataDir, KEY);
        Config.Retrieval defaults = base.retrieval();
        List<String> fusions = new ArrayList<>(List.of(defaults.fusion()));
        List.of("zscore", "minmax", "rrf").stream().filter(f -> !fusions.contains(f)).forEach(fusions::add);
        List<Row> rows = new ArrayList<>();
        List<String> latency = new ArrayList<>();
        IndexedCorpus[] indexed = null;
        for (String fusion : fusions) {
            Config config = base.withRetrieval(defaults.withFusion(fusion, defaults.fullTextWeight(), defaults.vectorWeight()));
            try (Main quire = Main.start(config, Clock.systemUTC())) {
                Api api = new Api("http://127.0.0.1:" + quire.port(), KEY);
                if (indexed == null) {
                    indexed = index(api, scifact, sections);
                }
                Evaluation eval = new Evaluation(new Retriever(api), indexed[0], indexed[1]);
                if (rows.isEmpty()) {
                    rows.add(eval.row("-", Retriever.Setting.of("bm25 only (1/0)", 1, 0)));
                    rows.add(eval.row("-", Retriever.Setting.of("vector only (0/1)", 0, 1)));
                }
                for (double ft : FULL_TEXT_WEIGHTS) {
                    double vec = Math.round((1 - ft) * 100) / 100.0;
                    boolean isDefault = fusion.equals(defaults.fusion()) && ft == defaults.fullTextWeight()
                            && vec == defaults.vectorWeight();
                    rows.add(eval.row(fusion, Retriever.Setting.of(String.format("hybrid %.2f/%.2f%s", ft, vec,
                            isDefault ? " (server default)" : ""), ft, vec)));
                }
                if (fusion.equals(defaults.fusion()) && config.retrieval().rerankUrl().isPresent()) {
                    rows.add(eval.row(fusion, Retriever.Setting.reranked("hybrid default + rerank")));
                }
                latency.addAll(eval.latency(fusion, fusion.equals(defaults.fusion())));
            }
        }
        Report.print(rows, latency, defaults);
    }

    /** Uploads both corpora, then waits for both indexes (one sync worker builds them in turn). */
    private static IndexedCorpus[] index(Api api, Corpus scifact, Corpus sections) throws Exception {
        long t0 = System.nanoTime();
        String sciIndex = IndexedCorpus.upload(api, scifact);
        String mdIndex = IndexedCorpus.upload(api, sections);
        System.out.printf("uploaded %d + %d files in %.0f s; indexing...%n", scifact.docs().size(),
                sections.docs().size(), (System.nanoTime() - t0) / 1e9);
        long t1 = System.nanoTime();
        IndexedCorpus sci = IndexedCorpus.await(api, scifact, sciIndex);
        IndexedCorpus md = IndexedCorpus.await(api, sections, mdIndex);
        System.out.printf("indexed in %.0f s: SciFact %d chunks (%d parsed files), markdown %d chunks (%d parsed files)%n",
                (System.nanoTime() - t1) / 1e9, sci.chunks(), sci.docOfParsedFile().size(), md.chunks(),
                md.docOfParsedFile().size());
        return new IndexedCorpus[] {sci, md};
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bench/run"))) {
                return p;
            }
        }
        throw new IllegalStateException("run from inside the repository (no bench/run above " + Path.of("").toAbsolutePath() + ")");
    }

    /** One setting's scores on both corpora. */
    record Row(String fusion, String label, Map<String, Double> scores, Map<String, List<Double>> perQuery) {
        double get(String metric) {
            return scores.get(metric);
        }

        boolean single() {
            return fusion.equals("-");
        }
    }

    static double[] sorted(List<Double> values) {
        double[] a = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a;
    }
}
