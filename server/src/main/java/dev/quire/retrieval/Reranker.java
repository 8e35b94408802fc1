package dev.quire.retrieval;

import java.util.List;

/**
 * Scores documents against a query, more precisely (and slowly) than the first-stage search.
 * {@code scores.get(i)} belongs to {@code documents.get(i)}; higher is more relevant.
 */
public interface Reranker {
    List<Double> score(String query, List<String> documents);
}
