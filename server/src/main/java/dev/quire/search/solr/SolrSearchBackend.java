package dev.quire.search.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.common.ConfigurationError;
import dev.quire.search.ChunkChecks;
import dev.quire.search.ChunkIndex;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The distributed backend: one SolrCloud collection per Quire index ({@code quire_<index id>}),
 * created on first use with the configured shards and replicas. A collection per index (rather than
 * one per dimension with an index id field) keeps each index's BM25 statistics its own, as in the
 * embedded backend, so both rank alike; and dropping an index frees its space at once.
 *
 * <p>Talks to Solr's HTTP JSON APIs and reads ZooKeeper only to find live nodes and write the
 * configset, so no Solr or Jetty client library shares the server's classpath.
 */
public final class SolrSearchBackend implements SearchBackend {
    static final String PREFIX = "quire_";

    private final SearchSettings settings;
    private final SolrNodes nodes;
    private final SolrHttp http;
    private final ConcurrentHashMap<String, SolrChunkIndex> open = new ConcurrentHashMap<>();

    private SolrSearchBackend(SearchSettings settings, SolrNodes nodes, SolrHttp http) {
        this.settings = settings;
        this.nodes = nodes;
        this.http = http;
    }

    /** Connects and checks that a Solr node answers; an unreachable cluster is a {@link ConfigurationError}. */
    public static SolrSearchBackend connect(SearchSettings settings) {
        String zkHost = settings.zkHost().orElseThrow();
        SolrNodes nodes = SolrNodes.connect(zkHost);
        SolrHttp http = new SolrHttp(nodes, new ObjectMapper());
        try {
            if (nodes.live().isEmpty()) {
                throw new ConfigurationError("no Solr node is live in the SolrCloud cluster at " + SearchSettings.ZK_HOST
                        + "=" + zkHost);
            }
            http.get("admin/collections", Map.of("action", "LIST", "wt", "json"));
        } catch (SolrException e) {
            nodes.close();
            throw new ConfigurationError("SolrCloud at " + SearchSettings.ZK_HOST + "=" + zkHost + " does not answer: "
                    + e.getMessage(), e);
        } catch (RuntimeException e) {
            nodes.close();
            throw e;
        }
        return new SolrSearchBackend(settings, nodes, http);
    }

    @Override
    public ChunkIndex index(String indexId, int dimension) {
        ChunkChecks.dimension(dimension);
        return open.computeIfAbsent(indexId, id -> {
            String collection = collection(id);
            ensureCollection(collection, dimension);
            return new SolrChunkIndex(http, collection, dimension, hasField(collection, SolrFields.SECOND_VECTOR));
        });
    }

    /**
     * Whether the collection's schema has {@code field}: a collection keeps the configset it was created
     * with, so one made before a field was added lacks it, and Solr rejects documents that carry it.
     */
    private boolean hasField(String collection, String field) {
        try {
            http.get(collection + "/schema/fields/" + field, Map.of("wt", "json"));
            return true;
        } catch (SolrException e) {
            if (e.status() == 404) {
                return false;
            }
            throw e;
        }
    }

    private void ensureCollection(String collection, int dimension) {
        String configSet = SolrConfigSet.ensure(nodes, dimension);
        JsonNode status = http.get("admin/collections", Map.of("action", "LIST", "wt", "json"));
        for (JsonNode name : status.path("collections")) {
            if (name.asText().equals(collection)) {
                return;
            }
        }
        Map<String, String> create = new LinkedHashMap<>();
        create.put("action", "CREATE");
        create.put("name", collection);
        create.put("collection.configName", configSet);
        create.put("numShards", Integer.toString(settings.shards()));
        create.put("replicationFactor", Integer.toString(settings.replicas()));
        create.put("waitForFinalState", "true");
        create.put("wt", "json");
        try {
            http.get("admin/collections", create);
        } catch (SolrException e) {
            if (!String.valueOf(e.getMessage()).contains("already exists")) {
                throw e; // else another Quire node created it first
            }
        }
    }

    @Override
    public void drop(String indexId) {
        String collection = collection(indexId);
        open.remove(indexId);
        try {
            http.get("admin/collections", Map.of("action", "DELETE", "name", collection, "wt", "json"));
        } catch (SolrException e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e; // 400/404: no such collection, already dropped
            }
        }
    }

    @Override
    public List<String> storedIndexIds() {
        JsonNode status = http.get("admin/collections", Map.of("action", "LIST", "wt", "json"));
        List<String> ids = new ArrayList<>();
        for (JsonNode name : status.path("collections")) {
            if (name.asText().startsWith(PREFIX)) {
                ids.add(name.asText().substring(PREFIX.length()));
            }
        }
        ids.sort(null);
        return List.copyOf(ids);
    }

    private static String collection(String indexId) {
        if (!indexId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not an index id: " + indexId);
        }
        return PREFIX + indexId;
    }

    @Override
    public void close() {
        open.clear();
        nodes.close();
    }
}
