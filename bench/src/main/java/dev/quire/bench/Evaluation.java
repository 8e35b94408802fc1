package dev.quire.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every query of both corpora for one setting against a running server and averages the metrics. */
final class Evaluation {
    static final String SCI_NDCG = "SciFact nDCG@10";
    static final String SCI_NDCG_DEEP = "nDCG@10 deep";
    static final String SCI_RECALL = "R@100";
    static final String SCI_DOCS = "docs/10";
    static final String MD_NDCG = "md nDCG@10";
    static final String MD_MRR = "MRR@10";
    static final String MD_RECALL = "R@10";
    static final List<String> METRICS = List.of(SCI_NDCG, SCI_NDCG_DEEP, SCI_RECALL, SCI_DOCS, MD_NDCG, MD_MRR, MD_RECALL);

    private final Retriever retriever;
    private final IndexedCorpus scifact;
    private final IndexedCorpus sections;

    Evaluation(Retriever retriever, IndexedCorpus scifact, IndexedCorpus sections) {
        this.retriever = retriever;
        this.scifact = scifact;
        this.sections = sections;
    }

    QualityBench.Row row(String fusion, Retriever.Setting setting) throws Exception {
        long t = System.nanoTime();
        Map<String, Double> sum = new LinkedHashMap<>();
        METRICS.forEach(m -> sum.put(m, 0.0));
        Map<String, List<Double>> perQuery = Map.of(SCI_NDCG, new ArrayList<>(), MD_NDCG, new ArrayList<>());
        for (var q : scifact.corpus().queries().entrySet()) {
            Map<String, Integer> qrels = scifact.corpus().qrels().get(q.getKey());
            Retriever.Ranking shallow = retriever.retrieve(scifact, q.getValue(), setting, 10, 0);
            Retriever.Ranking deep = retriever.retrieve(scifact, q.getValue(), setting, QualityBench.DEEP_TOP_K,
                    QualityBench.DEEP_TOP_K);
            perQuery.get(SCI_NDCG).add(Metrics.ndcg(shallow.docs(), qrels, 10));
            sum.merge(SCI_NDCG, Metrics.ndcg(shallow.docs(), qrels, 10), Double::sum);
            sum.merge(SCI_NDCG_DEEP, Metrics.ndcg(deep.docs(), qrels, 10), Double::sum);
            sum.merge(SCI_RECALL, Metrics.recall(deep.docs(), qrels, 100), Double::sum);
            sum.merge(SCI_DOCS, (double) shallow.docs().size(), Double::sum);
        }
        for (var q : sections.corpus().queries().entrySet()) {
            Map<String, Integer> qrels = sections.corpus().qrels().get(q.getKey());
            Retriever.Ranking shallow = retriever.retrieve(sections, q.getValue(), setting, 10, 0);
            perQuery.get(MD_NDCG).add(Metrics.ndcg(shallow.docs(), qrels, 10));
            sum.merge(MD_NDCG, Metrics.ndcg(shallow.docs(), qrels, 10), Double::sum);
            sum.merge(MD_MRR, Metrics.reciprocalRank(shallow.docs(), qrels, 10), Double::sum);
            sum.merge(MD_RECALL, Metrics.recall(shallow.docs(), qrels, 10), Double::sum);
        }
        Map<String, Double> mean = new LinkedHashMap<>();
        int sci = scifact.corpus().queries().size();
        int md = sections.corpus().queries().size();
        sum.forEach((m, v) -> mean.put(m, v / (m.equals(MD_NDCG) || m.equals(MD_MRR) || m.equals(MD_RECALL) ? md : sci)));
        System.out.printf("  %-6s %-32s SciFact nDCG@10 %.4f R@100 %.4f | markdown nDCG@10 %.4f  (%.0f s)%n", fusion,
                setting.label(), mean.get(SCI_NDCG), mean.get(SCI_RECALL), mean.get(MD_NDCG), (System.nanoTime() - t) / 1e9);
        return new QualityBench.Row(fusion, setting.label(), mean, perQuery);
    }

    /**
     * Sequential top_k 10 SciFact queries after one warm-up pass: the server's default weights, and
     * with {@code singles} BM25 only and vector only too.
     */
    List<String> latency(String fusion, boolean singles) throws Exception {
        List<Retriever.Setting> settings = new ArrayList<>(List.of(Retriever.Setting.serverDefault(
                "server default weights")));
        if (singles) {
            settings.add(Retriever.Setting.of("bm25 only", 1, 0));
            settings.add(Retriever.Setting.of("vector only", 0, 1));
        }
        for (String q : scifact.corpus().queries().values()) {
            retriever.retrieve(scifact, q, settings.get(0), 10, 0);
        }
        List<String> lines = new ArrayList<>();
        for (Retriever.Setting s : settings) {
            List<Double> millis = new ArrayList<>();
            for (String q : scifact.corpus().queries().values()) {
                long t = System.nanoTime();
                retriever.retrieve(scifact, q, s, 10, 0);
                millis.add((System.nanoTime() - t) / 1e6);
            }
            double[] sorted = QualityBench.sorted(millis);
            String line = String.format("  %-6s %-24s p50 %6.1f ms  p99 %6.1f ms  mean %6.1f ms  max %6.1f ms  (n=%d)",
                    fusion, s.label(), Metrics.percentile(sorted, 50), Metrics.percentile(sorted, 99),
                    millis.stream().mapToDouble(Double::doubleValue).average().orElse(0), sorted[sorted.length - 1],
                    sorted.length);
            System.out.println(line);
            lines.add(line);
        }
        return lines;
    }
}
