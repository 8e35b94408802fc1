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
