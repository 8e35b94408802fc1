package dev.quire.retrieval;

import dev.quire.search.Filter;
import java.util.Optional;

/**
 * The server's retrieval defaults, in one place so that the retrieve endpoint and the chat agent's
 * retrieve tool rank the same way: fusion weights (QUIRE_FULL_TEXT_WEIGHT, QUIRE_VECTOR_WEIGHT), the
 * second embedding model's weight (QUIRE_SECOND_MODEL_WEIGHT), how many candidates each pipeline
 * contributes, and whether a configured reranker runs.
 *
 * <pre>{@code
 * RetrievalPolicy policy = new RetrievalPolicy(0.3, 0.6, 0.1);
 * RetrieveRequest request = policy.request(indexId, "refund policy", 6, Filter.NONE);
 * }</pre>
 *
 * @param secondModelWeight the second model's vote in hybrid requests (both request weights above 0), beside
 *                          the request's two weights: a request that asks for one pipeline alone gets exactly it
 */
public record RetrievalPolicy(double fullTextWeight, double vectorWeight, double secondModelWeight) {
    public static final int MAX_TOP_K = 500;
    public static final int MAX_CANDIDATES = 5_000;
    public static final int MIN_CANDIDATES = 30;
    /** A configured reranker runs unless the request turns it off. */
    public static final boolean RERANK_BY_DEFAULT = true;

    public RetrievalPolicy {
        if (!(fullTextWeight >= 0 && fullTextWeight <= 1 && vectorWeight >= 0 && vectorWeight <= 1)
                || fullTextWeight + vectorWeight <= 0) {
            throw new IllegalArgumentException("QUIRE_FULL_TEXT_WEIGHT and QUIRE_VECTOR_WEIGHT must be within [0, 1] "
                    + "and not both 0, got: " + fullTextWeight + ", " + vectorWeight);
        }
        if (!(secondModelWeight >= 0 && secondModelWeight <= 1)) {
            throw new IllegalArgumentException("QUIRE_SECOND_MODEL_WEIGHT must be within [0, 1], got: " + secondModelWeight);
        }
    }

    /** A policy without a second model's vote. */
    public RetrievalPolicy(double fullTextWeight, double vectorWeight) {
        this(fullTextWeight, vectorWeight, 0);
    }

    /** The second model's weight for a request of these weights: 0 unless it is hybrid. */
    public double secondModelWeight(double requestFullTextWeight, double requestVectorWeight) {
        return requestFullTextWeight > 0 && requestVectorWeight > 0 ? secondModelWeight : 0;
    }

    /** Fusion weights; both are within [0, 1]. */
    public record Weights(double fullText, double vector) {}

    /**
     * The weights for a request: the server's defaults when it gives none; one given alone makes the
     * other 1 - it. Range checks on given values are the caller's (they are request validation).
     */
    public Weights weights(Optional<Double> fullText, Optional<Double> vector) {
        return new Weights(fullText.orElse(vector.map(v -> 1 - v).orElse(fullTextWeight)),
                vector.orElse(fullText.map(f -> 1 - f).orElse(vectorWeight)));
    }

    /**
     * Hits taken from each pipeline before fusing, unless the request says: 1.5 x top_k, at least
     * {@value #MIN_CANDIDATES}. Fusion needs each ranking's head and enough of its tail to standardise
     * scores, not 10 x top_k: measured with {@code bench/run quality}'s fusion study, nDCG@10 and
     * Recall@100 from these pools match those from max(100, 10 x top_k) pools within noise on every
     * corpus, while top_k 100 loads 150 instead of 1,000 chunks from each pipeline.
     */
    public int candidates(int topK) {
        return Math.min(Math.max(MIN_CANDIDATES, topK + topK / 2), MAX_CANDIDATES);
    }

    /** A request with every default applied, as the chat agent's retrieve tool sends it. */
    public RetrieveRequest request(String indexId, String query, int topK, Filter filter) {
        return new RetrieveRequest(indexId, query, topK, RERANK_BY_DEFAULT, topK, Optional.empty(), fullTextWeight,
                vectorWeight, candidates(topK), filter);
    }
}
