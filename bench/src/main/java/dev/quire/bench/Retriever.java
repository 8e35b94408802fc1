package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Sends /retrieve requests (without reranking unless a setting asks for it) and turns the chunk
 * ranking into a document ranking: a document ranks where its best chunk ranks.
 */
final class Retriever {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A weighting of the two pipelines; empty weights leave the choice to the server's defaults.
     *
     * @param label shown in tables
     */
    record Setting(String label, Optional<Double> fullText, Optional<Double> vector, boolean rerank) {
        static Setting of(String label, double fullText, double vector) {
            return new Setting(label, Optional.of(fullText), Optional.of(vector), false);
        }

        static Setting serverDefault(String label) {
            return new Setting(label, Optional.empty(), Optional.empty(), false);
        }

        /** The server's default weights, then the configured reranker (QUIRE_RERANK_URL). */
        static Setting reranked(String label) {
            return new Setting(label, Optional.empty(), Optional.empty(), true);
        }
    }

    /** A document ranking and how many chunks it came from. */
    record Ranking(List<String> docs, int chunks) {}

    private final Api api;

    Retriever(Api api) {
        this.api = api;
    }

    /**
     * The document ranking a client gets from a top_k request with the server's default candidates:
     * with the query's own document dropped where the corpus says so (one more chunk is asked for then).
     */
    List<String> docs(IndexedCorpus index, String queryId, String query, Setting setting, int topK) throws Exception {
        int k = topK + (index.corpus().ignoreIdenticalIds() ? 1 : 0);
        List<String> docs = index.corpus().ranking(queryId, retrieve(index, query, setting, k, 0).docs());
        return docs.subList(0, Math.min(topK, docs.size()));
    }

    /** @param candidates num_candidates, or 0 for the server's default */
    Ranking retrieve(IndexedCorpus index, String query, Setting setting, int topK, int candidates) throws Exception {
        ObjectNode body = JSON.createObjectNode().put("index_id", index.indexId()).put("query", query).put("top_k", topK);
        body.putObject("rerank").put("enabled", setting.rerank());
        setting.fullText().ifPresent(w -> body.put("full_text_pipeline_weight", w));
        setting.vector().ifPresent(w -> body.put("vector_pipeline_weight", w));
        if (candidates > 0) {
            body.put("num_candidates", candidates);
        }
        JsonNode results = api.post("/api/v1/retrieval/retrieve", body.toString()).get("results");
        Set<String> docs = new LinkedHashSet<>();
        for (JsonNode r : results) {
            docs.add(index.docOf(r.at("/static_fields/parsed_directory_file_id").asText()));
        }
        return new Ranking(new ArrayList<>(docs), results.size());
    }
}
