package dev.quire.bench;

import dev.quire.Config;
import dev.quire.Main;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The second embedding model's weight (QUIRE_SECOND_MODEL_WEIGHT) beside the fusion weights, through the
 * API: per setting, the server is started on the same indexes with it and every corpus's queries are
 * asked with the server's defaults, as a client would. The first row (weight 0) is the two-way z-score
 * fusion the server had before the second model; BM25 and vector search alone come from the main run
 * (the second model never changes them: it votes only in hybrid requests).
 */
final class SecondModelStudy {
    /** Weights BM25 / bge-small / MiniLM. */
    record Weights(double fullText, double vector, double second) {
        String label() {
            return String.format("%.2f / %.2f / %.2f", fullText, vector, second);
        }
    }

    static final List<Weights> SETTINGS = List.of(
            new Weights(0.3, 0.7, 0),
            new Weights(0.3, 0.6, 0.1),
            new Weights(0.3, 0.55, 0.15),
            new Weights(0.3, 0.5, 0.2),
            new Weights(0.25, 0.6, 0.15),
            new Weights(0.35, 0.5, 0.15),
            new Weights(0.4, 0.45, 0.15));

    private SecondModelStudy() {}

    /**
     * @param singles per corpus, BM25 alone then vector alone (from the main run), for the "worst" column;
     *                empty to leave it out
     */
    static void print(Config config, List<IndexedCorpus> indexed, List<List<FusionStudy.Scores>> singles)
            throws Exception {
        List<String> rows = new ArrayList<>();
        Retriever.Setting serverDefault = Retriever.Setting.serverDefault("server default");
        for (Weights w : SETTINGS) {
            Config withWeights = config.withRetrieval(config.retrieval().withFusion(config.retrieval().fusion(),
                    w.fullText(), w.vector()).withSecondModelWeight(w.second()));
            StringBuilder row = new StringBuilder(String.format("%-20s", w.label()));
            double worst = Double.MAX_VALUE;
            try (Main quire = Main.start(withWeights, Clock.systemUTC())) {
                Retriever retriever = new Retriever(new Api("http://127.0.0.1:" + quire.port(), QualityBench.KEY));
                for (int c = 0; c < indexed.size(); c++) {
                    FusionStudy.Scores s = QualityBench.evaluate(retriever, indexed.get(c), serverDefault);
                    double n = QualityReport.mean(s.ndcg());
                    row.append(String.format(" %13.4f / %.4f", n, QualityReport.mean(s.recall())));
                    if (!singles.isEmpty()) {
                        worst = Math.min(worst, n - Math.max(QualityReport.mean(singles.get(c).get(0).ndcg()),
                                QualityReport.mean(singles.get(c).get(1).ndcg())));
                    }
                }
            }
            rows.add(row + (singles.isEmpty() ? "" : String.format(" %+8.4f", worst)));
        }
        System.out.println();
        System.out.println("Second embedding model (all-MiniLM-L6-v2) beside BM25 and bge-small, through the API "
                + "(QUIRE_FULL_TEXT_WEIGHT / QUIRE_VECTOR_WEIGHT / QUIRE_SECOND_MODEL_WEIGHT; 0 = the former two-way "
                + "fusion); nDCG@10 / R@100; worst = lowest nDCG@10 difference to the better of BM25 and vector alone");
        System.out.printf("%-20s", "weights");
        indexed.forEach(c -> System.out.printf(" %22s", c.corpus().name()));
        System.out.printf(" %8s%n", singles.isEmpty() ? "" : "worst");
        rows.forEach(System.out::println);
    }
}
