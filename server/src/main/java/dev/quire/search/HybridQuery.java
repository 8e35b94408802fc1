package dev.quire.search;

/**
 * A hybrid search request.
 *
 * @param text           the query for BM25 (may be blank when {@code fullTextWeight} is 0)
 * @param vector         the embedded query (may be null when {@code vectorWeight} is 0)
 * @param k              results wanted
 * @param candidates     hits taken from each ranking before fusing (at least k)
 * @param fullTextWeight 0 turns BM25 off
 * @param vectorWeight   0 turns vector search off
 * @param secondVector   the query embedded by the second embedding model, or null: that model then has no
 *                       vote. It searches nothing itself; it scores the candidates BM25 and vector search
 *                       found, by cosine with their stored second vectors ({@link ChunkDoc#secondVector()}).
 *                       Two models of different training err differently, so their agreement ranks better
 *                       than either (measured: bench/README.md, "Options measured beside the default")
 * @param secondWeight   the second model's weight beside the other two (0 turns it off)
 */
public record HybridQuery(String text, float[] vector, Filter filter, int k, int candidates,
                          double fullTextWeight, double vectorWeight, float[] secondVector, double secondWeight) {

    public HybridQuery {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        candidates = Math.max(k, candidates);
        filter = filter == null ? Filter.NONE : filter;
        FusedRanking.checkWeights(fullTextWeight, vectorWeight);
        FusedRanking.checkWeights(secondWeight, 0);
        if (fullTextWeight > 0 && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("full-text search needs query text");
        }
        if (vectorWeight > 0 && vector == null) {
            throw new IllegalArgumentException("vector search needs a query vector");
        }
        if (secondWeight > 0 && secondVector == null) {
            throw new IllegalArgumentException("the second model's vote needs the query's second vector");
        }
    }

    /** A query without a second model's vote. */
    public HybridQuery(String text, float[] vector, Filter filter, int k, int candidates,
                       double fullTextWeight, double vectorWeight) {
        this(text, vector, filter, k, candidates, fullTextWeight, vectorWeight, null, 0);
    }

    /** Equal weights, k results from 4k candidates per ranking. */
    public static HybridQuery of(String text, float[] vector, Filter filter, int k) {
        return new HybridQuery(text, vector, filter, k, 4 * k, 1, 1);
    }
}
