package dev.quire.search;

import java.util.List;

/**
 * Score fusion: each ranking's scores are min-max normalised to [0, 1] within the ranking, then
 * summed with weights normalised to sum 1, so fused scores lie in [0, 1]. Keeps how far apart
 * hits are, which rank fusion discards, at the price of trusting each ranking's score scale.
 * A ranking whose scores are all equal counts each of its hits as 1.
 */
public final class MinMaxScoreFusion implements Fusion {

    @Override
    public List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k) {
        FusedRanking.checkWeights(fullTextWeight, vectorWeight);
        double total = fullTextWeight + vectorWeight;
        FusedRanking ranking = new FusedRanking();
        if (total == 0) {
            return ranking.top(k);
        }
        add(ranking, fullText, fullTextWeight / total);
        add(ranking, vector, vectorWeight / total);
        return ranking.top(k);
    }

    private static void add(FusedRanking ranking, List<Hit> hits, double weight) {
        if (weight == 0 || hits.isEmpty()) {
            return;
        }
        double min = hits.stream().mapToDouble(Hit::score).min().orElseThrow();
        double max = hits.stream().mapToDouble(Hit::score).max().orElseThrow();
        for (Hit hit : hits) {
            double normalised = max == min ? 1 : (hit.score() - min) / (max - min);
            ranking.add(hit, weight * normalised);
        }
    }
}
