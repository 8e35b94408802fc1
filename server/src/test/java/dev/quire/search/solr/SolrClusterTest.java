package dev.quire.search.solr;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.common.ConfigurationError;
import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.Filter;
import dev.quire.search.Hit;
import dev.quire.search.HybridQuery;
import dev.quire.search.HybridSearch;
import dev.quire.search.ReciprocalRankFusion;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackends;
import dev.quire.search.SearchSettings;
import dev.quire.testing.SolrCloudProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only a cluster has: nodes that stop, replicas, and a ZooKeeper address that can be wrong. */
class SolrClusterTest {
    private static SolrCloudProcess cluster;

    @BeforeAll
    static void startCluster() {
        cluster = SolrCloudProcess.start();
        System.out.println("SolrCloud test cluster (2 nodes) started in " + cluster.startMillis() + " ms");
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Test
    void retrieval_keeps_answering_while_either_node_of_a_two_replica_collection_is_down() throws Exception {
        try (SearchBackend search = SearchBackends.open(SearchSettings.solr(cluster.zkHost(), 1, 2), Path.of("unused"))) {
            ChunkIndex index = search.index("failover", 4);
            List<ChunkDoc> docs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                docs.add(doc("c" + i, "f", i, "chunk about topic " + i + (i == 7 ? " zeppelin" : ""), unit(4, i % 4)));
            }
            index.replaceFile("f", docs);
            index.commit();
            HybridQuery query = HybridQuery.of("zeppelin", unit(4, 3), Filter.NONE, 3);
            List<Hit> before = new HybridSearch(index, new ReciprocalRankFusion()).search(query);
            assertThat(before.get(0).chunk().chunkId()).isEqualTo("c7");

            for (int node = 0; node < 2; node++) {
                cluster.stopNode(node);
                assertThat(new HybridSearch(index, new ReciprocalRankFusion()).search(query)).isEqualTo(before);
                assertThat(index.count()).isEqualTo(20);
                assertThat(index.chunksOfFile("f")).hasSize(20);
                cluster.startNode(node);
                awaitActiveReplicas("quire_failover", 2);
            }
        }
    }

    @Test
    void a_replica_left_alone_takes_writes_once_it_leads() throws Exception {
        try (SearchBackend search = SearchBackends.open(SearchSettings.solr(cluster.zkHost(), 1, 2), Path.of("unused"))) {
            ChunkIndex index = search.index("writes", 4);
            index.replaceFile("f", List.of(doc("a", "f", 0, "before the stop", unit(4, 0))));
            index.commit();
            cluster.stopNode(0);
            try {
                long deadline = System.currentTimeMillis() + 60_000;
                while (true) {
                    try {
                        index.replaceFile("g", List.of(doc("b", "g", 0, "after the stop", unit(4, 1))));
                        index.commit();
                        break;
                    } catch (RuntimeException e) {
                        if (System.currentTimeMillis() > deadline) {
                            throw e; // no leader within a minute
                        }
                        Thread.sleep(500);
                    }
                }
                assertThat(index.count()).isEqualTo(2);
            } finally {
                cluster.startNode(0);
                awaitActiveReplicas("quire_writes", 2);
            }
        }
    }

    @Test
    void a_chroot_without_a_cluster_is_a_configuration_error_naming_the_variable() {
        String wrong = cluster.zkHost().replaceAll("/[^/]*$", "") + "/not-solr";

        assertThatThrownBy(() -> SearchBackends.open(SearchSettings.solr(wrong, 1, 1), Path.of("unused")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("QUIRE_SOLR_ZK_HOST")
                .hasMessageContaining("/live_nodes");
    }

    @Test
    void an_unreachable_zookeeper_is_a_configuration_error_naming_the_variable() {
        assertThatThrownBy(() -> SearchBackends.open(SearchSettings.solr("127.0.0.1:1/solr", 1, 1), Path.of("unused")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("cannot reach ZooKeeper at 127.0.0.1:1/solr")
                .hasMessageContaining("QUIRE_SOLR_ZK_HOST");
    }

    /** Waits until every replica of the collection is active again after a node restart. */
    private static void awaitActiveReplicas(String collection, int expected) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            URI status = URI.create(cluster.nodeUrls().get(0) + "/admin/collections?action=CLUSTERSTATUS&collection=" + collection);
            try {
                JsonNode answer = json.readTree(http.send(HttpRequest.newBuilder(status).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                int active = 0;
                for (JsonNode shard : answer.path("cluster").path("collections").path(collection).path("shards")) {
                    for (JsonNode replica : shard.path("replicas")) {
                        active += replica.path("state").asText().equals("active") ? 1 : 0;
                    }
                }
                if (active == expected) {
                    return;
                }
            } catch (java.io.IOException e) {
                // the node is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError(collection + " did not get " + expected + " active replicas back");
    }
}
