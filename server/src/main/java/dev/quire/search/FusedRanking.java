package dev.quire.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Accumulates per-chunk fused scores; ties keep first-seen order, so results are deterministic. */
final class FusedRanking {
    private final Map<String, Hit> hits = new LinkedHashMap<>();

    void add(Hit hit, double score) {
        hits.merge(hit.chunk().chunkId(), new Hit(hit.chunk(), score),
                (old, added) -> new Hit(old.chunk(), old.score() + added.score()));
    }

    List<Hit> top(int k) {
        List<Hit> ranked = new ArrayList<>(hits.values());
        ranked.sort(Comparator.comparingDouble(Hit::score).reversed());
        return List.copyOf(ranked.subList(0, Math.min(k, ranked.size())));
    }

    static void checkWeights(double fullTextWeight, double vectorWeight) {
        if (!(fullTextWeight >= 0 && vectorWeight >= 0 && Double.isFinite(fullTextWeight + vectorWeight))) {
            throw new IllegalArgumentException("weights must be finite and non-negative: " + fullTextWeight + ", " + vectorWeight);
        }
    }
}
