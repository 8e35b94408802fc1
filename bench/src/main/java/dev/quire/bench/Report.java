package dev.quire.bench;

import dev.quire.Config;
import java.util.Comparator;
import java.util.List;

/** The final table, latency figures and the recommended default, printed once all settings ran. */
final class Report {
    private static final double SCIFACT_TARGET = 0.74;

    private Report() {}

    static void print(List<QualityBench.Row> rows, List<String> latency, Config.Retrieval defaults) {
        System.out.println();
        System.out.println("Document-level retrieval quality (rerank off; * = best in column; docs/10 = distinct docs in a top_k 10 answer)");
        System.out.printf("%-6s %-32s", "fusion", "setting (full_text/vector)");
        Evaluation.METRICS.forEach(m -> System.out.printf(" %16s", m));
        System.out.println();
        for (QualityBench.Row r : rows) {
            System.out.printf("%-6s %-32s", r.fusion(), r.label());
            for (String m : Evaluation.METRICS) {
                double best = rows.stream().mapToDouble(x -> x.get(m)).max().orElseThrow();
                String mark = m.equals(Evaluation.SCI_DOCS) || r.get(m) < best ? " " : "*";
                System.out.printf(" %15.4f%s", r.get(m), mark);
            }
            System.out.println();
        }
        System.out.println();
        System.out.println("Latency, client round trip, sequential, top_k 10, SciFact queries (2 shared cores: noisy)");
        latency.forEach(System.out::println);
        System.out.println();
        recommend(rows, defaults);
    }

    private static double halfWidth(QualityBench.Row a, QualityBench.Row b, String metric) {
        return Metrics.pairedHalfWidth(a.perQuery().get(metric), b.perQuery().get(metric));
    }

    /**
     * The hybrid setting with the best mean nDCG@10 over both corpora among those that reach the
     * SciFact target and are never worse than the better single pipeline there; if none reaches the
     * target, among those never worse than the better single pipeline (all hybrids if none, which is
     * said). Target first, then the corpus that was not used to set it.
     */
    private static void recommend(List<QualityBench.Row> rows, Config.Retrieval defaults) {
        List<QualityBench.Row> singles = rows.stream().filter(QualityBench.Row::single).toList();
        double bestSci = singles.stream().mapToDouble(r -> r.get(Evaluation.SCI_NDCG)).max().orElseThrow();
        double bestMd = singles.stream().mapToDouble(r -> r.get(Evaluation.MD_NDCG)).max().orElseThrow();
        List<QualityBench.Row> hybrids = rows.stream().filter(r -> !r.single()).toList();
        List<QualityBench.Row> atLeastBest = hybrids.stream().filter(r -> r.get(Evaluation.SCI_NDCG) >= bestSci).toList();
        List<QualityBench.Row> onTarget = atLeastBest.stream()
                .filter(r -> r.get(Evaluation.SCI_NDCG) >= SCIFACT_TARGET).toList();
        List<QualityBench.Row> eligible = onTarget.isEmpty() ? atLeastBest : onTarget;
        QualityBench.Row bestSciRow = singles.stream().max(Comparator.comparingDouble(r -> r.get(Evaluation.SCI_NDCG))).orElseThrow();
        QualityBench.Row bestMdRow = singles.stream().max(Comparator.comparingDouble(r -> r.get(Evaluation.MD_NDCG))).orElseThrow();
        QualityBench.Row pick = (eligible.isEmpty() ? hybrids : eligible).stream()
                .max(Comparator.comparingDouble(r -> r.get(Evaluation.SCI_NDCG) + r.get(Evaluation.MD_NDCG)))
                .orElseThrow();
        System.out.printf("best single pipeline: SciFact nDCG@10 %.4f, markdown nDCG@10 %.4f%n", bestSci, bestMd);
        System.out.printf("%d of %d hybrid settings are at least as good as the better single pipeline on SciFact; "
                + "%d of them reach the target %.2f%n", atLeastBest.size(), hybrids.size(), onTarget.size(), SCIFACT_TARGET);
        System.out.printf("recommended default: QUIRE_FUSION=%s, %s -> SciFact nDCG@10 %.4f (%+.4f +- %.4f vs best single), "
                        + "R@100 %.4f; markdown nDCG@10 %.4f (%+.4f +- %.4f vs best single)%s%n",
                pick.fusion(), pick.label(), pick.get(Evaluation.SCI_NDCG), pick.get(Evaluation.SCI_NDCG) - bestSci,
                halfWidth(pick, bestSciRow, Evaluation.SCI_NDCG), pick.get(Evaluation.SCI_RECALL),
                pick.get(Evaluation.MD_NDCG), pick.get(Evaluation.MD_NDCG) - bestMd,
                halfWidth(pick, bestMdRow, Evaluation.MD_NDCG),
                eligible.isEmpty() ? "  (NO hybrid setting beat the better single pipeline on SciFact)" : "");
        rows.stream().filter(r -> r.label().contains("server default")).findFirst().ifPresent(d -> System.out.printf(
                "current server default: QUIRE_FUSION=%s, weights %.2f/%.2f -> SciFact nDCG@10 %.4f (%+.4f +- %.4f vs "
                        + "recommended), markdown nDCG@10 %.4f%n", defaults.fusion(), defaults.fullTextWeight(),
                defaults.vectorWeight(), d.get(Evaluation.SCI_NDCG), d.get(Evaluation.SCI_NDCG) - pick.get(Evaluation.SCI_NDCG),
                halfWidth(d, pick, Evaluation.SCI_NDCG), d.get(Evaluation.MD_NDCG)));
        System.out.println("(+- = 95% confidence half-width of the paired per-query difference)");
        QualityBench.Row bm25 = singles.get(0);
        QualityBench.Row serverDefault = rows.stream().filter(r -> r.label().contains("server default")).findFirst()
                .orElseThrow();
        double defaultSci = serverDefault.get(Evaluation.SCI_NDCG);
        System.out.printf("targets: BM25 nDCG@10 >= 0.66: %.4f %s; server default hybrid >= %.2f: %.4f %s; "
                        + "default >= better single pipeline (%.4f): %s "
                        + "(anchors: BM25 0.665-0.679, bge-small dense 0.713, BM25+bge-base fused 0.744)%n",
                bm25.get(Evaluation.SCI_NDCG), bm25.get(Evaluation.SCI_NDCG) >= 0.66 ? "met" : "MISSED",
                SCIFACT_TARGET, defaultSci, defaultSci >= SCIFACT_TARGET ? "met" : "MISSED", bestSci,
                defaultSci >= bestSci ? "met" : "MISSED");
    }
}
