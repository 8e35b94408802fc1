package dev.quire.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GET /metrics on a real server after real work (a sync with a failing file, retrievals, a chat turn):
 * who may read it, what it reports, and that labels stay bounded however many ids and paths are used.
 */
class MetricsApiTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)$");

    @TempDir
    static Path dataDir;
    static TestServer server;
    static String indexId;
    static final List<String> usedIds = new ArrayList<>();

    @BeforeAll
    static void work() throws Exception {
        server = TestServer.start(Config.forTesting(dataDir, TestServer.ADMIN_KEY));
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"m\"}").json().get("id").asText();
        upload(dir, "tea.txt", "Green tea is brewed at eighty degrees for two minutes.");
        upload(dir, "empty.txt", "   "); // fails: a text file without text
        indexId = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        long deadline = System.currentTimeMillis() + 180_000;
        while (!server.get("/api/v1/indexes/" + indexId).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).as("index ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(server.post("/api/v1/retrieval/retrieve",
                "{\"index_id\": \"" + indexId + "\", \"query\": \"green tea\"}").status()).isEqualTo(200);
        String session = server.post("/api/v1/chat", "{\"index_ids\": [\"" + indexId + "\"]}").json()
                .get("session_id").asText();
        SseClient.Stream turn = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + indexId + "\"], \"prompt\": \"How hot for green tea?\"}");
        assertThat(turn.types()).contains("text", "stop");
        usedIds.add(indexId);
        usedIds.add(session);
        // Many distinct ids, paths and query strings: none may become a label value.
        for (int i = 0; i < 150; i++) {
            String id = UUID.randomUUID().toString();
            usedIds.add(id);
            assertThat(server.get("/api/v1/indexes/idx-" + id).status()).isEqualTo(404);
            assertThat(server.get("/api/v1/chat/ses-" + id + "?x=" + id).status()).isEqualTo(404);
            assertThat(server.get("/no/such/route/" + id).status()).isEqualTo(404);
            server.send("GET", "/api/v1/projects", null, "qk-wrong-" + id);
        }
        for (int i = 0; i < 20; i++) {
            HttpApi.Response mcp = server.send("POST", "/mcp?project_id=prj-" + UUID.randomUUID(),
                    "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"tools/list\"}", "qk-wrong-" + i);
            assertThat(mcp.status()).isEqualTo(401);
            assertThat(mcp.json().get("detail").asText()).isEqualTo("Invalid API key");
        }
    }

    private static void upload(String dir, String name, String text) {
        HttpApi.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart()
                .file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String scrape() {
        HttpApi.Response r = server.get("/metrics");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.header("content-type")).startsWith("text/plain; version=0.0.4");
        return r.body();
    }

    /** The value of the one sample named {@code name} whose labels include every one of {@code labels}. */
    private static double value(String text, String name, String... labels) {
        List<Double> found = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (m.matches() && m.group(1).equals(name)) {
                String labelText = m.group(3) == null ? "" : m.group(3);
                boolean all = true;
                for (String label : labels) {
                    all &= labelText.contains(label);
                }
                if (all) {
                    found.add(Double.parseDouble(m.group(4)));
                }
            }
        }
        assertThat(found).as(name + " " + List.of(labels) + " among:\n" + String.join("\n",
                text.lines().filter(l -> l.startsWith(name)).limit(40).toList())).hasSize(1);
        return found.get(0);
    }

    @Test
    void metrics_need_an_admin_key_unless_public() {
        HttpApi.Response anonymous = server.send("GET", "/metrics", null, null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().has("detail")).isTrue();
        assertThat(server.send("GET", "/metrics", null, "qk-wrong").status()).isEqualTo(401);
        String project = server.get("/api/v1/projects").json().get(0).get("id").asText();
        String member = server.post("/api/v1/projects/" + project + "/api-keys",
                "{\"name\": \"reader\", \"role\": \"member\"}").json().get("key").asText();
        HttpApi.Response asMember = server.send("GET", "/metrics", null, member);
        assertThat(asMember.status()).isEqualTo(403);
        assertThat(asMember.json().get("detail").asText()).contains("admin");
    }

    @Test
    void public_metrics_need_no_key(@TempDir Path otherDir) {
        Config config = Config.forTesting(otherDir, TestServer.ADMIN_KEY);
        try (TestServer open = TestServer.start(config.withObservability(
                new Config.Observability(true, Optional.empty(), "quire", 5_000)))) {
            HttpApi.Response r = open.send("GET", "/metrics", null, null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("jvm_memory_used_bytes");
        }
    }

    @Test
    void requests_are_counted_by_route_template_method_and_status() {
        String text = scrape();
        assertThat(value(text, "quire_http_server_requests_seconds_count", "route=\"/api/v1/indexes/{index_id}\"",
                "method=\"GET\"", "status=\"404\"")).isGreaterThanOrEqualTo(150);
        assertThat(value(text, "quire_http_server_requests_seconds_count", "route=\"unmatched\"", "status=\"404\""))
                .isGreaterThanOrEqualTo(150);
        assertThat(value(text, "quire_http_server_requests_seconds_count", "route=\"/api/v1/projects\"", "method=\"GET\"",
                "status=\"401\"")).isGreaterThanOrEqualTo(150);
        assertThat(value(text, "quire_http_server_requests_seconds_count",
                "route=\"/api/v1/retrieval/retrieve\"", "method=\"POST\"", "status=\"200\"")).isEqualTo(1);
        assertThat(value(text, "quire_http_server_requests_seconds_count", "route=\"/mcp\"", "method=\"POST\"",
                "status=\"401\"")).isEqualTo(20);
        assertThat(value(text, "quire_http_server_requests_seconds_bucket", "route=\"/api/v1/retrieval/retrieve\"",
                "le=\"+Inf\"")).isEqualTo(1);
    }

    @Test
    void the_pipeline_retrieval_chat_and_runtime_are_reported() {
        String text = scrape();
        assertThat(value(text, "quire_files_parsed_total")).isEqualTo(1);
        assertThat(value(text, "quire_files_failed_total", "reason=\"parse_error\"")).isEqualTo(1);
        // tea.txt's chunk, embedded by the model and by the second model
        for (String model : List.of("model=\"BAAI/bge-small-en-v1.5\"", "model=\"sentence-transformers/all-MiniLM-L6-v2\"")) {
            assertThat(value(text, "quire_embedder_texts_total", "input=\"chunk\"", model)).isEqualTo(1);
            assertThat(value(text, "quire_embedder_calls_seconds_count", "input=\"chunk\"", model)).isEqualTo(1);
            assertThat(value(text, "quire_embedder_texts_total", "input=\"query\"", model)).isGreaterThanOrEqualTo(2);
        }
        assertThat(value(text, "quire_retrieve_seconds_count")).isGreaterThanOrEqualTo(2); // REST and the agent
        assertThat(value(text, "quire_chat_turn_duration_seconds_count", "outcome=\"ok\"")).isEqualTo(1);
        assertThat(value(text, "quire_chat_turn_first_text_seconds_count")).isEqualTo(1);
        assertThat(value(text, "quire_tool_calls_seconds_count", "surface=\"agent\"", "tool=\"retrieve\"",
                "outcome=\"ok\"")).isEqualTo(1);
        assertThat(value(text, "quire_sync_jobs", "state=\"queued\"")).isZero();
        assertThat(value(text, "quire_sync_jobs", "state=\"running\"")).isZero();
        assertThat(value(text, "process_uptime_seconds")).isPositive();
        assertThat(value(text, "jvm_threads_live_threads")).isPositive();
        assertThat(text).contains("jvm_gc_", "process_cpu_usage", "jvm_memory_used_bytes{");
    }

    @Test
    void no_label_carries_an_id_a_key_or_a_path_and_series_stay_bounded() {
        String text = scrape();
        Set<String> labelValues = new TreeSet<>();
        Set<String> httpSeries = new TreeSet<>();
        Pattern label = Pattern.compile("([a-zA-Z_]+)=\"([^\"]*)\"");
        for (String line : text.split("\n")) {
            Matcher m = SAMPLE.matcher(line);
            if (!m.matches() || m.group(3) == null) {
                continue;
            }
            Matcher l = label.matcher(m.group(3));
            while (l.find()) {
                labelValues.add(l.group(2));
            }
            if (m.group(1).equals("quire_http_server_requests_seconds_count")) {
                httpSeries.add(m.group(3));
            }
        }
        for (String value : labelValues) {
            for (String id : usedIds) {
                assertThat(value).doesNotContain(id);
            }
            assertThat(value).doesNotContain("qk-").doesNotContain("/no/such");
        }
        // 150 x 4 distinct requests collapse into a handful of (route, method, status) series.
        assertThat(httpSeries).hasSizeLessThan(25);
        assertThat(text.split("\n").length).as("the whole exposition").isLessThan(2_000);
    }

    @Test
    void config_reads_the_metrics_and_trace_settings() {
        Config.Observability defaults = Config.fromEnvironment(java.util.Map.of()).observability();
        assertThat(defaults.metricsPublic()).isFalse();
        assertThat(defaults.tracesUrl()).isEmpty();
        Config.Observability set = Config.fromEnvironment(java.util.Map.of("QUIRE_METRICS_PUBLIC", "true",
                "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/", "OTEL_SERVICE_NAME", "quire-eu"))
                .observability();
        assertThat(set.metricsPublic()).isTrue();
        assertThat(set.tracesUrl()).contains("http://collector:4318/v1/traces");
        assertThat(set.serviceName()).isEqualTo("quire-eu");
        assertThat(Config.fromEnvironment(java.util.Map.of("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
                "http://c:4318/custom")).observability().tracesUrl()).contains("http://c:4318/custom");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Config.fromEnvironment(
                java.util.Map.of("QUIRE_METRICS_PUBLIC", "yes"))).hasMessageContaining("QUIRE_METRICS_PUBLIC");
    }
}
