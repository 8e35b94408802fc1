package dev.quire.search;

import java.util.List;

/**
 * Weighted reciprocal rank fusion: score = sum of weight / (60 + rank), rank from 1. Uses only
 * ranks, so BM25's unbounded scores and cosine's [0, 1] need no calibration against each other.
 */
public final class ReciprocalRankFusion implements Fusion {
    /** The constant from Cormack et al. (2009); damps the head of each ranking. */
    public static final int DEFAULT_K = 60;

    private final int rankConstant;

    public ReciprocalRankFusion() {
        this(DEFAULT_K);
    }

    public ReciprocalRankFusion(int rankConstant) {
        if (rankConstant < 0) {
            throw new IllegalArgumentException("rank constant must not be negative: " + rankConstant);
        }
        this.rankConstant = rankConstant;
    }

    @Override
    public List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k) {
        FusedRanking.checkWeights(fullTextWeight, vectorWeight);
        FusedRanking ranking = new FusedRanking();
        add(ranking, fullText, fullTextWeight);
        add(ranking, vector, vectorWeight);
        return ranking.top(k);
    }

    private void add(FusedRanking ranking, List<Hit> hits, double weight) {
        if (weight == 0) {
            return;
        }
        for (int i = 0; i < hits.size(); i++) {
            ranking.add(hits.get(i), weight / (rankConstant + i + 1));
        }
    }
}
