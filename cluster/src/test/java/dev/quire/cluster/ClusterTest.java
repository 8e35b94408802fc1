package dev.quire.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Quire node processes on PostgreSQL, SolrCloud (two Solr nodes, two replicas) and an S3 server:
 * whatever one node is told, the other knows; a node killed mid-sync has its work finished by the
 * other; losing one Solr node loses no answers.
 */
class ClusterTest {
    @TempDir
    static Path work;
    static LocalCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = LocalCluster.start(work, 2, ClusterSettings.FAST_FAILOVER);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void a_directory_created_on_one_node_is_read_on_the_other() {
        HttpApi a = cluster.node(0);
        HttpApi b = cluster.node(1);
        HttpApi.Response created = a.post("/api/v1/beta/directories", "{\"name\": \"made-on-a\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        HttpApi.Response read = b.get("/api/v1/beta/directories/" + created.json().get("id").asText());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("name").asText()).isEqualTo("made-on-a");
    }

    @Test
    void files_uploaded_through_one_node_are_synced_and_retrieved_through_either() throws Exception {
        HttpApi b = cluster.node(1);
        String directory = directory(b, "uploaded-on-b");
        upload(b, directory, "tea.txt", "Green tea is brewed with water at about 80 degrees Celsius for two minutes.");
        upload(b, directory, "volcano.txt", "Magma that reaches the surface is called lava; it cools into basalt.");
        String index = index(cluster.node(0), directory, "tea");

        JsonNode synced = awaitSynced(cluster.node(0), index);
        assertThat(synced.at("/metadata/num_parsed_files").asInt()).isEqualTo(2);
        for (int node = 0; node < 2; node++) {
            JsonNode results = retrieve(cluster.node(node), index, "how hot should the water be for green tea");
            assertThat(results).as("node %d", node).isNotEmpty();
            assertThat(results.at("/0/metadata/file_name").asText()).isEqualTo("tea.txt");
        }
    }

    @Test
    void a_turn_streamed_from_one_node_is_in_the_history_read_on_the_other() throws Exception {
        HttpApi a = cluster.node(0);
        String directory = directory(a, "chat-source");
        upload(a, directory, "tea.txt", "Green tea is brewed with water at about 80 degrees Celsius for two minutes.");
        String index = index(a, directory, "chat");
        awaitSynced(a, index);
        String session = a.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}").json().get("session_id").asText();

        SseClient.Stream stream = SseClient.post(a.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"How should green tea be brewed?\"}");
        assertThat(stream.status()).isEqualTo(200);
        JsonNode stop = stream.events().get(stream.events().size() - 1).data();
        assertThat(stop.get("type").asText()).isEqualTo("stop");
        assertThat(stop.get("is_error").asBoolean()).as(stop.toString()).isFalse();

        JsonNode history = cluster.node(1).get("/api/v1/chat/" + session).json();
        assertThat(history.get("events")).isNotEmpty();
        JsonNode last = history.get("events").get(history.get("events").size() - 1);
        assertThat(last).as("the stop event B serves is the one A streamed").isEqualTo(stop);
        assertThat(history.at("/job_metadata/turns").asInt()).isEqualTo(stop.at("/usage/turns").asInt());
    }

    @Test
    void a_key_revoked_on_one_node_is_refused_on_the_other_within_the_cache_bound() throws Exception {
        HttpApi a = cluster.node(0);
        HttpApi b = cluster.node(1);
        String project = a.post("/api/v1/projects", "{\"name\": \"revocation\"}").json().get("id").asText();
        JsonNode key = a.post("/api/v1/projects/" + project + "/api-keys", "{\"name\": \"short-lived\"}").json();
        String secret = key.get("key").asText();
        // Used on B first, so B has it cached when A revokes it.
        assertThat(b.send("GET", "/api/v1/projects", null, secret).status()).isEqualTo(200);

        assertThat(a.delete("/api/v1/projects/" + project + "/api-keys/" + key.get("id").asText()).status())
                .isEqualTo(204);
        Instant revoked = Instant.now();
        int status = 200;
        while (status != 401 && Duration.between(revoked, Instant.now()).compareTo(ClusterSettings.KEY_CACHE_BOUND
                .plusSeconds(3)) < 0) {
            status = b.send("GET", "/api/v1/projects", null, secret).status();
            Thread.sleep(200);
        }
        assertThat(status).as("refused on the other node within %s", ClusterSettings.KEY_CACHE_BOUND).isEqualTo(401);
    }

    @Test
    void retrieval_keeps_answering_while_one_solr_node_is_stopped() throws Exception {
        HttpApi a = cluster.node(0);
        String directory = directory(a, "solr-failover");
        upload(a, directory, "volcano.txt", "Magma that reaches the surface is called lava; it cools into basalt.");
        String index = index(a, directory, "failover");
        awaitSynced(a, index);

        cluster.solr().stopNode(1);
        try {
            for (int node = 0; node < 2; node++) {
                JsonNode results = retrieve(cluster.node(node), index, "what is lava");
                assertThat(results).as("node %d with one Solr node down", node).isNotEmpty();
            }
        } finally {
            cluster.solr().startNode(1);
        }
    }

    /**
     * The index under test is synced by node 0 alone (node 1 is down when it starts), node 0 is killed
     * half way, node 1 comes up and must take the job over once node 0's lease expires. A second index
     * over the same directory, synced without interruption, is the single-node reference.
     */
    @Test
    void a_sync_whose_node_is_killed_is_finished_by_the_other_node_with_the_same_results() throws Exception {
        HttpApi a = cluster.node(0);
        String directory = directory(a, "killed-mid-sync");
        for (int i = 0; i < 24; i++) {
            upload(a, directory, "report-" + i + ".txt", report(i));
        }
        String reference = index(a, directory, "reference");
        awaitSynced(a, reference);

        cluster.kill(1);
        String index = index(a, directory, "interrupted");
        awaitProgress(a, index, 3);
        cluster.kill(0);
        cluster.startNode(1);
        HttpApi b = cluster.node(1);
        JsonNode finished = awaitSynced(b, index);
        cluster.startNode(0);

        JsonNode expected = b.get("/api/v1/indexes/" + reference).json();
        assertThat(finished.at("/metadata/status").asText()).isEqualTo("ready");
        assertThat(finished.at("/metadata/num_parsed_files").asInt()).isEqualTo(24);
        assertThat(finished.at("/metadata/num_chunks").asInt()).isEqualTo(expected.at("/metadata/num_chunks").asInt());
        for (String query : List.of("quarterly revenue of region 7", "staff turnover in the northern office")) {
            assertThat(texts(retrieve(b, index, query))).isEqualTo(texts(retrieve(b, reference, query)));
        }
    }

    private static String report(int i) {
        return "Report " + i + ". The quarterly revenue of region " + i + " grew by " + (i * 3 % 17) + " percent. "
                + "Staff turnover in the " + (i % 2 == 0 ? "northern" : "southern") + " office was " + (i % 9)
                + " people. ".repeat(1) + "Notes: " + "the committee reviewed item " + i + " again. ".repeat(20);
    }

    private static List<String> texts(JsonNode results) {
        List<String> texts = new ArrayList<>();
        results.forEach(r -> texts.add(r.at("/metadata/file_name").asText() + ":" + r.get("content").asText()));
        return texts;
    }

    private static String directory(HttpApi api, String name) {
        HttpApi.Response r = api.post("/api/v1/beta/directories", "{\"name\": \"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    private static void upload(HttpApi api, String directory, String name, String text) {
        Multipart form = new Multipart().file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
        HttpApi.Response r = api.upload("/api/v1/beta/directories/" + directory + "/files/upload", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String index(HttpApi api, String directory, String name) {
        HttpApi.Response r = api.post("/api/v1/indexes", "{\"source_directory_id\": \"" + directory
                + "\", \"name\": \"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    private static JsonNode retrieve(HttpApi api, String index, String query) {
        HttpApi.Response r = api.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index + "\", \"query\": "
                + Json.write(query) + ", \"top_k\": 5, \"rerank\": {\"enabled\": false}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results");
    }

    private static JsonNode awaitSynced(HttpApi api, String index) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (Instant.now().isBefore(deadline)) {
            JsonNode json = api.get("/api/v1/indexes/" + index + "?expand=sync_in_progress").json();
            String status = json.at("/metadata/status").asText();
            if ((status.equals("ready") || status.equals("failed")) && !json.get("sync_in_progress").asBoolean()) {
                return json;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("index " + index + " did not finish syncing");
    }

    private static void awaitProgress(HttpApi api, String index, int files) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            JsonNode json = api.get("/api/v1/indexes/" + index).json();
            if (json.at("/metadata/num_processed_files").asInt() >= files) {
                assertThat(json.at("/metadata/status").asText()).as("still syncing when killed").isNotEqualTo("ready");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("index " + index + " made no progress");
    }

    /** Kept in one place so the test and the cluster agree on them. */
    static final class ClusterSettings {
        static final Duration KEY_CACHE_BOUND = Duration.ofSeconds(5);
        static final Map<String, String> FAST_FAILOVER = Map.of();

        private ClusterSettings() {}
    }
}
