package dev.quire.search.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.search.ChunkChecks;
import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.StoredChunk;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One Quire index as a SolrCloud collection. Writes become visible at {@link #commit()}, a hard
 * commit that opens new searchers on every replica before it returns; the collection has no soft
 * auto-commit, so nothing shows earlier. Stateless apart from its names: thread-safe.
 *
 * <p>A collection created with a configset older than version 2 has no field for second vectors
 * ({@link SolrFields#SECOND_VECTOR}): its chunks are written without them, so its hits carry none and
 * rank without the second model's vote until the collection is dropped and re-created (re-synced).
 */
final class SolrChunkIndex implements ChunkIndex {
    private static final int PAGE = 1000;

    private final SolrHttp http;
    private final String collection;
    private final int dimension;
    private final SolrDocuments documents;
    private final SolrTextQuery textQuery;

    /** @param storesSecondVectors whether the collection's schema has {@link SolrFields#SECOND_VECTOR} */
    SolrChunkIndex(SolrHttp http, String collection, int dimension, boolean storesSecondVectors) {
        this.http = http;
        this.collection = collection;
        this.dimension = dimension;
        this.documents = new SolrDocuments(http.json(), storesSecondVectors);
        this.textQuery = new SolrTextQuery(http, collection);
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public void replaceFile(String fileId, List<ChunkDoc> docs) {
        ChunkChecks.docs(fileId, docs, dimension);
        http.postJsonBytes(collection + "/update", documents.replaceFile(fileId, docs));
    }

    @Override
    public void deleteFile(String fileId) {
        replaceFile(fileId, List.of());
    }

    @Override
    public void commit() {
        http.postJson(collection + "/update", Map.of("commit", Map.of("waitSearcher", true)));
    }

    @Override
    public Set<String> fileIds() {
        ObjectNode request = request("*:*", 0);
        request.putObject("facet").putObject("files").put("type", "terms").put("field", SolrFields.FILE_ID)
                .put("limit", -1).put("mincount", 1);
        Set<String> ids = new HashSet<>();
        for (JsonNode bucket : select(request).path("facets").path("files").path("buckets")) {
            ids.add(bucket.path("val").asText());
        }
        return ids;
    }

    @Override
    public int count() {
        return select(request("*:*", 0)).path("response").path("numFound").asInt();
    }

    @Override
    public List<StoredChunk> chunksOfFile(String fileId) {
        List<StoredChunk> chunks = new ArrayList<>();
        SolrParams params = new SolrParams();
        String filter = "{!term f=" + SolrFields.FILE_ID + " v=" + params.ref(fileId) + "}";
        while (true) {
            ObjectNode request = request("*:*", PAGE);
            request.put("offset", chunks.size()).put("sort", SolrFields.CHUNK_INDEX + " asc, " + SolrFields.ID + " asc");
            request.putArray("filter").add(filter);
            addParams(request, params);
            JsonNode docs = select(request).path("response").path("docs");
            docs.forEach(doc -> chunks.add(documents.chunk(doc)));
            if (docs.size() < PAGE) {
                return List.copyOf(chunks);
            }
        }
    }

    /**
     * Not supported: the schema indexes vectors for HNSW but does not store them (stored vectors would
     * add 4 bytes per dimension to every chunk's stored fields, read back with every hit), so Solr
     * cannot return them. Moving a deployment goes from embedded Lucene to Solr, never back.
     */
    @Override
    public List<ChunkDoc> docsOfFile(String fileId) {
        throw new UnsupportedOperationException("the Solr backend does not store vectors, so it cannot return "
                + "chunks with their vectors (copy chunks from the embedded Lucene backend instead)");
    }

    @Override
    public List<Hit> bm25(String text, Filter filter, int k) {
        ChunkChecks.k(k);
        SolrParams params = new SolrParams();
        Optional<String> query = textQuery.of(text, params);
        if (query.isEmpty()) {
            return List.of(); // only stop words or punctuation
        }
        return hits(filtered(request(query.get(), k), filter, params));
    }

    @Override
    public List<Hit> vector(float[] queryVector, Filter filter, int k, int numCandidates) {
        ChunkChecks.k(k);
        ChunkChecks.queryVector(queryVector, dimension);
        StringBuilder knn = new StringBuilder("{!knn f=" + SolrFields.VECTOR + " topK=" + Math.max(k, numCandidates) + "}[");
        for (int i = 0; i < queryVector.length; i++) {
            knn.append(i == 0 ? "" : ",").append(queryVector[i]);
        }
        // Solr runs filter queries inside the HNSW search (a pre-filter), like the Lucene backend.
        return hits(filtered(request(knn.append(']').toString(), k), filter, new SolrParams()));
    }

    private ObjectNode filtered(ObjectNode request, Filter filter, SolrParams params) {
        List<String> filters = SolrFilters.toFilterQueries(filter, params);
        if (!filters.isEmpty()) {
            ArrayNode fq = request.putArray("filter");
            filters.forEach(fq::add);
        }
        addParams(request, params);
        return request;
    }

    private List<Hit> hits(ObjectNode request) {
        List<Hit> hits = new ArrayList<>();
        select(request).path("response").path("docs").forEach(doc -> hits.add(documents.hit(doc)));
        return List.copyOf(hits);
    }

    private ObjectNode request(String query, int limit) {
        ObjectNode request = http.json().createObjectNode();
        request.put("query", query).put("limit", limit).put("fields", SolrFields.RETURNED);
        return request;
    }

    private static void addParams(ObjectNode request, SolrParams params) {
        if (!params.values().isEmpty()) {
            ObjectNode node = request.putObject("params");
            params.values().forEach(node::put);
        }
    }

    private JsonNode select(ObjectNode request) {
        return http.postJson(collection + "/select", request);
    }
}
