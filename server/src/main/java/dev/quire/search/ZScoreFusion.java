package dev.quire.search;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Score fusion on standard scores: within each ranking, a hit's score becomes its distance from the
 * ranking's mean in standard deviations; a chunk missing from a ranking gets that ranking's lowest
 * standard score; the weighted sum (weights normalised to sum 1) is squashed by the logistic function
 * into (0, 1), which keeps the order and gives score_threshold a fixed range.
 *
 * <p>Why not min-max: min-max maps every ranking's best hit to 1 however weak the ranking is, and
 * its worst candidate to 0 however close it is. Standard scores keep how far the head of a ranking
 * stands out from its tail, so a ranking with one clear winner speaks louder than a flat one.
 * Measured with {@code bench/run quality}: at the same markdown-corpus quality as min-max 0.3/0.7,
 * z-score 0.35/0.65 scores higher on SciFact, and z-score reaches the SciFact target at a smaller
 * loss on the markdown corpus than min-max does (see bench/README.md).
 */
public final class ZScoreFusion implements Fusion {

    /** BM25's zeros are part of its distribution: with them, a few strong matches stand out as they should. */
    @Override
    public boolean scoresUnmatched() {
        return true;
    }

    @Override
    public List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k) {
        return fuse(fullText, fullTextWeight, vector, vectorWeight, List.of(), 0, k);
    }

    /**
     * With the second model's vote: its scores are standardised over the candidates it scores, and a
     * candidate it does not score (no vector of that model) gets 0, the mean: unknown, not weak. When it
     * scores none, its weight drops out, so the ranking is exactly the two-way one.
     */
    @Override
    public List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight,
                          List<Hit> second, double secondWeight, int k) {
        FusedRanking.checkWeights(fullTextWeight, vectorWeight);
        FusedRanking.checkWeights(secondWeight, 0);
        if (second.isEmpty() || fullTextWeight + vectorWeight == 0) {
            secondWeight = 0; // nothing to say, or nothing for it to vote on
        }
        double total = fullTextWeight + vectorWeight + secondWeight;
        if (total == 0) {
            return List.of(); // both rankings turned off
        }
        Standardised text = new Standardised(fullTextWeight == 0 ? List.of() : fullText);
        Standardised vec = new Standardised(vectorWeight == 0 ? List.of() : vector);
        Standardised other = new Standardised(secondWeight == 0 ? List.of() : second);
        Map<String, Hit> all = new LinkedHashMap<>();
        text.hits.forEach(h -> all.putIfAbsent(h.chunk().chunkId(), h));
        vec.hits.forEach(h -> all.putIfAbsent(h.chunk().chunkId(), h));
        FusedRanking ranking = new FusedRanking();
        for (Hit hit : all.values()) {
            String id = hit.chunk().chunkId();
            double z = fullTextWeight / total * text.score(id) + vectorWeight / total * vec.score(id)
                    + secondWeight / total * other.z.getOrDefault(id, 0.0);
            ranking.add(hit, 1 / (1 + Math.exp(-z)));
        }
        return ranking.top(k);
    }

    /** One ranking's standard scores; absent chunks and empty rankings score the lowest (or 0). */
    private static final class Standardised {
        final List<Hit> hits;
        final Map<String, Double> z = new HashMap<>();
        final double lowest;

        Standardised(List<Hit> hits) {
            this.hits = hits;
            double mean = hits.stream().mapToDouble(Hit::score).average().orElse(0);
            double variance = hits.stream().mapToDouble(h -> (h.score() - mean) * (h.score() - mean)).average().orElse(0);
            double sd = Math.sqrt(variance);
            double low = 0;
            for (Hit h : hits) {
                // All scores equal: no hit stands out, so none gets a push from this ranking.
                double score = sd > 0 ? (h.score() - mean) / sd : 0;
                z.merge(h.chunk().chunkId(), score, Math::max);
                low = Math.min(low, score);
            }
            this.lowest = low;
        }

        double score(String chunkId) {
            return z.getOrDefault(chunkId, lowest);
        }
    }
}
