package dev.quire.retrieval;

import dev.quire.search.Filter;
import java.util.Optional;

/**
 * A validated retrieve request (contract §8.1).
 *
 * @param topK       results wanted, 1..500
 * @param rerankTopN results kept after reranking (defaults to topK)
 * @param candidates hits taken from each pipeline before fusing
 */
public record RetrieveRequest(
        String indexId,
        String query,
        int topK,
        boolean rerank,
        int rerankTopN,
        Optional<Double> scoreThreshold,
        double fullTextWeight,
        double vectorWeight,
        int candidates,
        Filter filter) {}
