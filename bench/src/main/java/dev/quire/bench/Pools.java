package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each query's BM25-only and vector-only candidate lists ({@value #SIZE} chunks each), fetched once
 * through the API and kept in the data directory, so fusion variants can be compared offline on
 * exactly the candidates the server fuses. A single-pipeline request answers the standard score of
 * each hit squashed by the logistic function, so {@code logit(score)} recovers it; standard scores
 * are an affine map of the raw BM25 or cosine scores, and every fusion studied is invariant to such
 * maps (z-score and min-max re-standardise, RRF uses ranks), so a prefix of a list fuses as the raw
 * list would.
 */
final class Pools {
    static final int SIZE = 300;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A candidate: chunk, the document it belongs to, standard score within its list. */
    record Entry(String chunkId, String doc, double z) {}

    /** Both lists of one query, best first. */
    record Lists(List<Entry> bm25, List<Entry> vector) {}

    private Pools() {}

    /** query id -> lists; read from {@code cache} when it was written for the same index, else fetched and written. */
    static Map<String, Lists> load(Api api, IndexedCorpus index, Path cache) throws Exception {
        if (Files.isRegularFile(cache)) {
            JsonNode stored = JSON.readTree(cache.toFile());
            if (stored.path("index_id").asText().equals(index.indexId())
                    && stored.path("queries").size() == index.corpus().queries().size()) {
                Map<String, Lists> pools = new LinkedHashMap<>();
                stored.get("queries").fields().forEachRemaining(e -> pools.put(e.getKey(),
                        new Lists(entries(e.getValue().get("bm25")), entries(e.getValue().get("vector")))));
                return pools;
            }
        }
        Map<String, Lists> pools = new LinkedHashMap<>();
        ObjectNode root = JSON.createObjectNode().put("index_id", index.indexId());
        ObjectNode queries = root.putObject("queries");
        for (var q : index.corpus().queries().entrySet()) {
            Lists lists = new Lists(fetch(api, index, q.getValue(), 1, 0), fetch(api, index, q.getValue(), 0, 1));
            pools.put(q.getKey(), lists);
            ObjectNode node = queries.putObject(q.getKey());
            node.set("bm25", json(lists.bm25()));
            node.set("vector", json(lists.vector()));
        }
        JSON.writeValue(cache.toFile(), root);
        return pools;
    }

    /**
     * query id -> the BM25 list alone, as the server now ranks it (a run per BM25 option: the vector
     * lists do not change with it); cached in {@code cache} like {@link #load}.
     */
    static Map<String, List<Entry>> loadBm25(Api api, IndexedCorpus index, Path cache) throws Exception {
        if (Files.isRegularFile(cache)) {
            JsonNode stored = JSON.readTree(cache.toFile());
            if (stored.path("index_id").asText().equals(index.indexId())
                    && stored.path("queries").size() == index.corpus().queries().size()) {
                Map<String, List<Entry>> lists = new LinkedHashMap<>();
                stored.get("queries").fields().forEachRemaining(e -> lists.put(e.getKey(), entries(e.getValue())));
                return lists;
            }
        }
        Map<String, List<Entry>> lists = new LinkedHashMap<>();
        ObjectNode root = JSON.createObjectNode().put("index_id", index.indexId());
        ObjectNode queries = root.putObject("queries");
        for (var q : index.corpus().queries().entrySet()) {
            List<Entry> bm25 = fetch(api, index, q.getValue(), 1, 0);
            lists.put(q.getKey(), bm25);
            queries.set(q.getKey(), json(bm25));
        }
        JSON.writeValue(cache.toFile(), root);
        return lists;
    }

    private static List<Entry> fetch(Api api, IndexedCorpus index, String query, double fullText, double vector)
            throws Exception {
        ObjectNode body = JSON.createObjectNode().put("index_id", index.indexId()).put("query", query)
                .put("top_k", SIZE).put("num_candidates", SIZE).put("full_text_pipeline_weight", fullText)
                .put("vector_pipeline_weight", vector);
        body.putObject("rerank").put("enabled", false);
        List<Entry> entries = new ArrayList<>();
        for (JsonNode r : api.post("/api/v1/retrieval/retrieve", body.toString()).get("results")) {
            double p = Math.min(1 - 1e-15, Math.max(1e-15, r.get("score").asDouble()));
            String chunk = r.at("/static_fields/parsed_directory_file_id").asText() + "#"
                    + r.at("/static_fields/chunk_index").asInt();
            entries.add(new Entry(chunk, index.docOf(r.at("/static_fields/parsed_directory_file_id").asText()),
                    Math.log(p / (1 - p))));
        }
        return entries;
    }

    private static ArrayNode json(List<Entry> entries) {
        ArrayNode array = JSON.createArrayNode();
        entries.forEach(e -> array.addArray().add(e.chunkId()).add(e.doc()).add(e.z()));
        return array;
    }

    private static List<Entry> entries(JsonNode array) {
        List<Entry> entries = new ArrayList<>();
        array.forEach(a -> entries.add(new Entry(a.get(0).asText(), a.get(1).asText(), a.get(2).asDouble())));
        return entries;
    }
}
