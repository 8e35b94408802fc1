package dev.quire.search;

import java.util.List;

/**
 * Merges a full-text and a vector ranking into one. A weight of 0 ignores that ranking; weights
 * need not sum to 1. Hits are matched by chunk id; the result is best first, at most {@code k}.
 */
public interface Fusion {
    List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k);

    /**
     * As {@link #fuse(List, double, List, double, int)}, with a third vote: {@code second} scores some of
     * the candidates the two rankings found by a second embedding model's similarity (chunks it does not
     * score have no vector of that model). Only {@link ZScoreFusion} counts it: rank-based and min-max
     * fusions were measured worse than z-score before the second model came, so they ignore it.
     */
    default List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight,
                           List<Hit> second, double secondWeight, int k) {
        return fuse(fullText, fullTextWeight, vector, vectorWeight, k);
    }

    /**
     * Whether this fusion should see BM25's exact score 0 for the vector candidates BM25 did not match,
     * when BM25's list holds every chunk it matched (see {@link HybridSearch#withUnmatched}). Only z-score
     * fusion, the default, does: it standardises over the scores, so the zeros are part of the
     * distribution. Rank fusion would have to rank those ties arbitrarily, and the other fusions keep the
     * behaviour they were measured with.
     */
    default boolean scoresUnmatched() {
        return false;
    }
}
