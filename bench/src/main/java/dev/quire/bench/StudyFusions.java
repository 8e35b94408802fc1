package dev.quire.bench;

import dev.quire.search.Fusion;
import dev.quire.search.Hit;
import dev.quire.search.ZScoreFusion;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Experimental per-query weightings for the fusion study: each sets the weights, then z-score fuses. */
final class StudyFusions {
    private static final ZScoreFusion ZSCORE = new ZScoreFusion();

    private StudyFusions() {}

    /** BM25's weight scaled by how many of its top m chunks vector search also has in its top m (floor..1). */
    static Fusion agreement(int m, double floor) {
        return new dev.quire.search.AgreementFusion(m, floor);
    }

    /** Each pipeline's weight scaled by how far its best hit stands above its m-th (standard-score gap). */
    static Fusion gap(int m, double power) {
        return (ft, ftw, vec, vw, k) -> {
            double gt = Math.pow(gap(ft, m), power);
            double gv = Math.pow(gap(vec, m), power);
            if (gt + gv == 0) {
                return ZSCORE.fuse(ft, ftw, vec, vw, k);
            }
            return ZSCORE.fuse(ft, ftw * gt, vec, vw * gv, k);
        };
    }

    /**
     * Vector search chooses the candidates, BM25 only reorders them: z-score fusion over the chunks of
     * the vector list alone (BM25's standard scores still come from its whole list), so a chunk that
     * merely repeats the query's words cannot enter the head unless vector search also found it.
     */
    static Fusion vectorGated() {
        return (ft, ftw, vec, vw, k) -> {
            if (ftw == 0 || vw == 0) {
                return ZSCORE.fuse(ft, ftw, vec, vw, k);
            }
            Set<String> pool = new HashSet<>();
            vec.forEach(h -> pool.add(h.chunk().chunkId()));
            java.util.Map<String, Double> z = standard(ft);
            double lowest = z.values().stream().mapToDouble(d -> d).min().orElse(0);
            java.util.Map<String, Double> zv = standard(vec);
            List<Hit> fused = new java.util.ArrayList<>();
            for (Hit h : vec) {
                String id = h.chunk().chunkId();
                fused.add(new Hit(h.chunk(), (ftw * z.getOrDefault(id, Math.min(0, lowest)) + vw * zv.get(id)) / (ftw + vw)));
            }
            fused.sort(java.util.Comparator.comparingDouble(Hit::score).reversed());
            return fused.subList(0, Math.min(k, fused.size()));
        };
    }

    private static java.util.Map<String, Double> standard(List<Hit> hits) {
        double mean = hits.stream().mapToDouble(Hit::score).average().orElse(0);
        double sd = Math.sqrt(hits.stream().mapToDouble(h -> (h.score() - mean) * (h.score() - mean)).average().orElse(0));
        java.util.Map<String, Double> z = new java.util.HashMap<>();
        hits.forEach(h -> z.merge(h.chunk().chunkId(), sd > 0 ? (h.score() - mean) / sd : 0, Math::max));
        return z;
    }

    static double overlap(List<Hit> a, List<Hit> b, int m) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> top = new HashSet<>();
        a.stream().limit(m).forEach(h -> top.add(h.chunk().chunkId()));
        long shared = b.stream().limit(m).filter(h -> top.contains(h.chunk().chunkId())).count();
        return (double) shared / Math.min(m, Math.min(a.size(), b.size()));
    }

    /** Standard-score gap between the best hit and the m-th, over the whole list's mean and deviation. */
    static double gap(List<Hit> hits, int m) {
        if (hits.size() < 2) {
            return 0;
        }
        double mean = hits.stream().mapToDouble(Hit::score).average().orElse(0);
        double sd = Math.sqrt(hits.stream().mapToDouble(h -> (h.score() - mean) * (h.score() - mean)).average().orElse(0));
        if (sd == 0) {
            return 0;
        }
        return (hits.get(0).score() - hits.get(Math.min(m, hits.size()) - 1).score()) / sd;
    }
}
