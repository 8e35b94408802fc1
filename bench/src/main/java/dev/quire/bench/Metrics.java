package dev.quire.bench;

import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over a document ranking (doc ids, best first, no duplicates), as BEIR computes
 * them with pytrec_eval: gains are the graded qrels themselves (not 2^rel - 1), discount log2(rank + 1),
 * only judgements above 0 count as relevant.
 */
final class Metrics {
    private Metrics() {}

    static double ndcg(List<String> ranked, Map<String, Integer> qrels, int k) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            dcg += Math.max(0, qrels.getOrDefault(ranked.get(i), 0)) / log2(i + 2);
        }
        List<Integer> ideal = qrels.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(k, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double recall(List<String> ranked, Map<String, Integer> qrels, int k) {
        long relevant = qrels.values().stream().filter(g -> g > 0).count();
        long found = ranked.stream().limit(k).filter(d -> qrels.getOrDefault(d, 0) > 0).count();
        return relevant == 0 ? 0 : (double) found / relevant;
    }

    static double reciprocalRank(List<String> ranked, Map<String, Integer> qrels, int k) {
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (qrels.getOrDefault(ranked.get(i), 0) > 0) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /** Half-width of the 95% confidence interval of the mean paired difference a - b (normal approximation). */
    static double pairedHalfWidth(List<Double> a, List<Double> b) {
        int n = a.size();
        double mean = 0;
        for (int i = 0; i < n; i++) {
            mean += (a.get(i) - b.get(i)) / n;
        }
        double var = 0;
        for (int i = 0; i < n; i++) {
            double d = a.get(i) - b.get(i) - mean;
            var += d * d / (n - 1);
        }
        return 1.96 * Math.sqrt(var / n);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
