package dev.quire.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.quire.Config;
import dev.quire.common.Json;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Retrieval over a real index of 520 small files with structured metadata, plus a few content
 * files; a reranker stand-in is a real HTTP server speaking the /rerank protocol.
 */
class RetrievalApiTest {
    private static final int NUMBERED = 520;
    private static final String[] TEAMS = {"alpha", "beta", "gamma", "delta"};

    @TempDir
    static Path dataDir;
    static TestServer server;
    static HttpServer reranker;
    static AtomicInteger rerankCalls = new AtomicInteger();
    static String indexId;
    static String exportConfigId;
    static String teaFile;

    @BeforeAll
    static void buildIndex() throws IOException {
        reranker = fakeReranker();
        Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
        server = TestServer.start(config.withRetrieval(config.retrieval()
                .withReranker("http://127.0.0.1:" + reranker.getAddress().getPort() + "/rerank")));
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"corpus\"}").json().get("id").asText();
        for (int i = 0; i < NUMBERED; i++) {
            String metadata = "{\"year\": " + (2000 + i % 25) + ", \"team\": \"" + TEAMS[i % 4]
                    + "\", \"tags\": [\"t" + (i % 3) + "\", \"all\"], \"published\": " + (i % 2 == 0) + "}";
            upload(dir, "note-" + i + ".txt", "Inventory note number " + i + " lists spare parts.", metadata);
        }
        upload(dir, "tea.txt", "Green tea is brewed at eighty degrees for two minutes. Oolong tea likes hotter water.",
                "{\"team\": \"kitchen\"}");
        upload(dir, "volcano.md", "# Volcanoes\n\nMagma rises through the crust and erupts as lava.", "{\"team\": \"geo\"}");
        upload(dir, "emoji.txt", "Party 🎉 time: the launch date is Friday. 🎉 again.", "{\"team\": \"fun\"}");
        JsonNode index = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json();
        indexId = index.get("id").asText();
        exportConfigId = index.get("export_config_id").asText();
        awaitReady();
        teaFile = find("{\"file_name\": \"tea.txt\"}").get(0).get("file_id").asText();
    }

    private static void upload(String dir, String name, String text, String metadata) {
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart()
                .file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8))
                .field("metadata", metadata));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static void awaitReady() {
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            JsonNode index = server.get("/api/v1/indexes/" + indexId).json();
            if (index.at("/metadata/status").asText().equals("ready")) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("index not ready");
    }

    /** Scores a document by how many query words it contains, like a tiny cross-encoder. */
    private static HttpServer fakeReranker() throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/rerank", exchange -> {
            rerankCalls.incrementAndGet();
            JsonNode body = Json.read(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Set<String> words = new HashSet<>(List.of(body.get("query").asText().toLowerCase().split("\\W+")));
            List<String> results = new ArrayList<>();
            for (int i = 0; i < body.get("documents").size(); i++) {
                long hits = List.of(body.get("documents").get(i).asText().toLowerCase().split("\\W+")).stream()
                        .filter(words::contains).count();
                results.add("{\"index\": " + i + ", \"relevance_score\": " + hits + "}");
            }
            byte[] out = ("{\"results\": [" + String.join(",", results) + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, out.length);
            exchange.getResponseBody().write(out);
            exchange.close();
        });
        http.start();
        return http;
    }

    @AfterAll
    static void stop() {
        server.close();
        reranker.stop(0);
    }

    private static JsonNode retrieve(String extra) {
        TestServer.Response r = server.post("/api/v1/retrieval/retrieve",
                "{\"index_id\": \"" + indexId + "\", \"rerank\": {\"enabled\": false}, " + extra + "}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results");
    }

    private static JsonNode find(String extra) {
        String body = "{\"index_id\": \"" + indexId + "\"" + (extra.equals("{}") ? "" : ", " + extra.substring(1, extra.length() - 1)) + "}";
        TestServer.Response r = server.post("/api/v1/retrieval/files/find", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items");
    }

    @Test
    void a_query_of_2000_distinct_words_answers_with_results() {
        StringBuilder query = new StringBuilder("green tea");
        for (int i = 0; i < 2_000; i++) {
            query.append(" word").append(i);
        }
        TestServer.Response r = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": " + Json.write(query.toString()) + ", \"rerank\": {\"enabled\": false}}");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("results")).isNotEmpty();
        assertThat(r.json().at("/results/0/metadata/file_name").asText()).isEqualTo("tea.txt");
    }

    @Test
    void finds_the_relevant_chunk_first_with_static_fields() {
        JsonNode results = retrieve("\"query\": \"how hot should the water be for green tea\", \"top_k\": 3");
        assertThat(results).hasSize(3);
        JsonNode top = results.get(0);
        assertThat(top.get("content").asText()).contains("Green tea");
        assertThat(top.get("rerank_score").isNull()).isTrue();
        assertThat(top.get("score").isNumber()).isTrue();
        assertThat(top.at("/metadata/team").asText()).isEqualTo("kitchen");
        JsonNode fields = top.get("static_fields");
        assertThat(fields.get("parsed_directory_file_id").asText()).isEqualTo(teaFile);
        assertThat(fields.get("chunk_index").asInt()).isZero();
        assertThat(fields.get("chunk_start_char").isInt()).isTrue();
        assertThat(fields.get("page_range_start").asInt()).isEqualTo(1);
        assertThat(fields.get("attachments").isArray()).isTrue();
        assertThat(results.get(0).get("score").asDouble()).isGreaterThanOrEqualTo(results.get(1).get("score").asDouble());
    }

    @Test
    void either_pipeline_can_be_turned_off() {
        JsonNode bm25 = retrieve("\"query\": \"magma lava crust\", \"top_k\": 2, \"vector_pipeline_weight\": 0");
        assertThat(bm25.get(0).get("content").asText()).contains("Magma");
        JsonNode vector = retrieve("\"query\": \"eruptions of molten rock\", \"top_k\": 2, \"full_text_pipeline_weight\": 0");
        assertThat(vector.get(0).get("content").asText()).contains("Magma");
        TestServer.Response bothOff = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"x\", \"full_text_pipeline_weight\": 0, \"vector_pipeline_weight\": 0}");
        assertThat(bothOff.status()).isEqualTo(422);
        TestServer.Response tooHigh = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"x\", \"vector_pipeline_weight\": 1.5}");
        assertThat(tooHigh.status()).isEqualTo(422);
        assertThat(tooHigh.json().at("/detail/0/loc/1").asText()).isEqualTo("vector_pipeline_weight");
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"x\", \"full_text_pipeline_weight\": -0.1}").json().at("/detail/0/loc/1").asText())
                .isEqualTo("full_text_pipeline_weight");
    }

    @Test
    void top_k_is_respected_and_capped_at_500() {
        assertThat(retrieve("\"query\": \"inventory note\", \"top_k\": 1")).hasSize(1);
        assertThat(retrieve("\"query\": \"inventory note\", \"top_k\": 500")).hasSize(500);
        assertThat(retrieve("\"query\": \"inventory note\", \"top_k\": 501")).hasSize(500);
        assertThat(retrieve("\"query\": \"inventory note\", \"top_k\": 100000")).hasSize(500);
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"x\", \"top_k\": 0}").status()).isEqualTo(422);
        assertThat(retrieve("\"query\": \"inventory note\"")).hasSize(10);
    }

    @Test
    void every_filter_operator_applies_inside_the_search() {
        assertAll("\"year\": {\"operator\": \"eq\", \"value\": 2003}", 10, r -> r.at("/metadata/year").asInt() == 2003);
        assertAll("\"team\": {\"operator\": \"ne\", \"value\": \"alpha\"}", 10, r -> !r.at("/metadata/team").asText().equals("alpha"));
        assertAll("\"year\": {\"operator\": \"gt\", \"value\": 2022}", 10, r -> r.at("/metadata/year").asInt() > 2022);
        assertAll("\"year\": {\"operator\": \"gte\", \"value\": 2024}", 10, r -> r.at("/metadata/year").asInt() >= 2024);
        assertAll("\"year\": {\"operator\": \"lt\", \"value\": 2001}", 10, r -> r.at("/metadata/year").asInt() < 2001);
        assertAll("\"year\": {\"operator\": \"lte\", \"value\": 2000}", 10, r -> r.at("/metadata/year").asInt() <= 2000);
        assertAll("\"team\": {\"operator\": \"in\", \"value\": [\"beta\", \"gamma\"]}", 10,
                r -> List.of("beta", "gamma").contains(r.at("/metadata/team").asText()));
        assertAll("\"team\": {\"operator\": \"nin\", \"value\": [\"alpha\", \"beta\", \"gamma\", \"delta\"]}", 3,
                r -> List.of("kitchen", "geo", "fun").contains(r.at("/metadata/team").asText()));
        assertAll("\"year\": [{\"operator\": \"gte\", \"value\": 2010}, {\"operator\": \"lt\", \"value\": 2012}]", 10,
                r -> r.at("/metadata/year").asInt() >= 2010 && r.at("/metadata/year").asInt() < 2012);
        assertAll("\"tags\": {\"operator\": \"eq\", \"value\": \"t1\"}", 10,
                r -> r.at("/metadata/tags").toString().contains("\"t1\""));
        assertAll("\"published\": {\"operator\": \"eq\", \"value\": true}", 10, r -> r.at("/metadata/published").asBoolean());
        assertAll("\"year\": {\"operator\": \"eq\", \"value\": 2003}, \"team\": {\"operator\": \"eq\", \"value\": \"delta\"}",
                6, r -> r.at("/metadata/year").asInt() == 2003 && r.at("/metadata/team").asText().equals("delta"));
        assertAll("\"year\": null", 10, r -> true);
    }

    /** Asks for 10 green-tea results under a filter that tea.txt fails: the filter must still fill top_k. */
    private static void assertAll(String filters, int expected, java.util.function.Predicate<JsonNode> each) {
        JsonNode results = retrieve("\"query\": \"green tea water temperature\", \"top_k\": 10, \"custom_filters\": {"
                + filters + "}");
        assertThat(results).as(filters).hasSize(expected);
        results.forEach(r -> assertThat(each.test(r)).as(filters + " -> " + r.get("metadata")).isTrue());
    }

    @Test
    void malformed_filters_are_422() {
        for (String bad : List.of("{\"year\": {\"operator\": \"like\", \"value\": 1}}", "{\"year\": {\"value\": 1}}",
                "{\"team\": {\"operator\": \"in\", \"value\": \"alpha\"}}", "{\"team\": {\"operator\": \"eq\", \"value\": {\"x\": 1}}}",
                "[1]")) {
            assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                    + "\", \"query\": \"x\", \"custom_filters\": " + bad + "}").status()).as(bad).isEqualTo(422);
        }
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"x\", \"static_filters\": {\"file_name\": {\"operator\": \"eq\", \"value\": \"a\"}}}")
                .status()).isEqualTo(422);
    }

    @Test
    void static_filters_scope_results_to_parsed_files() {
        JsonNode results = retrieve("\"query\": \"inventory note\", \"top_k\": 10, \"static_filters\": "
                + "{\"parsed_directory_file_id\": {\"operator\": \"eq\", \"value\": \"" + teaFile + "\"}}");
        assertThat(results).hasSize(1);
        assertThat(results.get(0).at("/static_fields/parsed_directory_file_id").asText()).isEqualTo(teaFile);
        JsonNode excluded = retrieve("\"query\": \"green tea\", \"top_k\": 5, \"static_filters\": "
                + "{\"parsed_directory_file_id\": {\"operator\": \"nin\", \"value\": [\"" + teaFile + "\"]}}");
        excluded.forEach(r -> assertThat(r.at("/static_fields/parsed_directory_file_id").asText()).isNotEqualTo(teaFile));
    }

    @Test
    void score_threshold_drops_weaker_results() {
        JsonNode all = retrieve("\"query\": \"green tea\", \"top_k\": 20");
        double cut = all.get(2).get("score").asDouble();
        JsonNode strong = retrieve("\"query\": \"green tea\", \"top_k\": 20, \"score_threshold\": " + cut);
        assertThat(strong.size()).isBetween(1, 3);
        strong.forEach(r -> assertThat(r.get("score").asDouble()).isGreaterThanOrEqualTo(cut));
        assertThat(retrieve("\"query\": \"green tea\", \"score_threshold\": 1000000")).isEmpty();
    }

    @Test
    void the_export_config_id_works_as_index_id_and_other_projects_see_nothing() {
        TestServer.Response byAlias = server.post("/api/v1/retrieval/retrieve",
                "{\"index_id\": \"" + exportConfigId + "\", \"query\": \"green tea\", \"top_k\": 1}");
        assertThat(byAlias.status()).isEqualTo(200);
        String project = server.post("/api/v1/projects", "{\"name\": \"other\"}").json().get("id").asText();
        String otherKey = server.post("/api/v1/projects/" + project + "/api-keys", "{}").json().get("key").asText();
        for (String path : List.of("retrieve", "files/find", "files/read")) {
            TestServer.Response r = server.send("POST", "/api/v1/retrieval/" + path, "{\"index_id\": \"" + indexId
                    + "\", \"query\": \"tea\", \"file_id\": \"" + teaFile + "\"}", otherKey);
            assertThat(r.status()).as(path).isEqualTo(404);
        }
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"idx-nope\", \"query\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId + "\", \"query\": \"  \"}")
                .status()).isEqualTo(422);
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"query\": \"x\"}").status()).isEqualTo(422);
    }

    @Test
    void a_configured_reranker_reorders_and_scores_results() {
        int before = rerankCalls.get();
        TestServer.Response r = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"oolong tea hotter water\", \"top_k\": 3, \"rerank\": {\"enabled\": true, \"top_n\": 2}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode results = r.json().get("results");
        assertThat(rerankCalls.get()).isEqualTo(before + 1);
        assertThat(results).hasSize(2);
        assertThat(results.get(0).get("rerank_score").asDouble()).isGreaterThanOrEqualTo(results.get(1).get("rerank_score").asDouble());
        assertThat(results.get(0).get("content").asText()).contains("Oolong");
    }

    @Test
    void find_matches_exact_names_and_substrings_with_paging() {
        assertThat(find("{\"file_name\": \"tea.txt\"}")).hasSize(1);
        assertThat(find("{\"file_name_contains\": \"VOLCANO\"}")).extracting(n -> n.get("file_name").asText())
                .containsExactly("volcano.md");
        List<String> names = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String body = "{\"index_id\": \"" + indexId + "\", \"file_name_contains\": \"note-1\", \"page_size\": 50"
                    + (token == null ? "" : ", \"page_token\": \"" + token + "\"") + "}";
            JsonNode page = server.post("/api/v1/retrieval/files/find", body).json();
            page.get("items").forEach(i -> names.add(i.get("file_name").asText()));
            token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
            pages++;
        } while (token != null);
        assertThat(pages).isGreaterThan(2);
        assertThat(names).hasSize(111).doesNotHaveDuplicates().isSorted();
        // The Go SDK puts the token in the query string.
        JsonNode first = server.post("/api/v1/retrieval/files/find", "{\"index_id\": \"" + indexId
                + "\", \"page_size\": 1}").json();
        String queryToken = first.get("next_page_token").asText();
        JsonNode second = server.post("/api/v1/retrieval/files/find?page_token=" + queryToken,
                "{\"index_id\": \"" + indexId + "\", \"page_size\": 1}").json();
        assertThat(second.at("/items/0/file_name").asText()).isNotEqualTo(first.at("/items/0/file_name").asText());
    }

    @Test
    void grep_offsets_agree_with_read_even_after_emoji() {
        String emoji = find("{\"file_name\": \"emoji.txt\"}").get(0).get("file_id").asText();
        JsonNode matches = server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId
                + "\", \"file_id\": \"" + emoji + "\", \"pattern\": \"launch|again\", \"context_chars\": 3}").json()
                .get("items");
        assertThat(matches).hasSize(2);
        for (JsonNode m : matches) {
            int start = m.get("start_char").asInt();
            int end = m.get("end_char").asInt();
            String read = server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                    + emoji + "\", \"offset\": " + start + ", \"max_length\": " + (end - start) + "}").json()
                    .get("content").asText();
            assertThat(read).isIn("launch", "again");
            assertThat(m.get("content").asText()).contains(read);
        }
        assertThat(matches.get(0).get("start_char").asInt()).isEqualTo("Party 🎉 time: the ".codePointCount(0, 19));
    }

    @Test
    void grep_survives_pathological_patterns_and_rejects_invalid_ones() {
        long started = System.nanoTime();
        TestServer.Response r = server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId
                + "\", \"file_id\": \"" + teaFile + "\", \"pattern\": \"(a+)+$|(x*)*y|(.*a){20}\"}");
        assertThat(r.status()).isEqualTo(200);
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(10);
        assertThat(server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"pattern\": \"(unclosed\"}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"pattern\": \"(?<=tea)x\"}").status()).isEqualTo(422);
        JsonNode empty = server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"pattern\": \"\\\\b\", \"page_size\": 5}").json();
        assertThat(empty.get("items")).hasSize(5);
        assertThat(empty.get("next_page_token").isTextual()).isTrue();
        assertThat(server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + indexId
                + "\", \"file_id\": \"dfl-nope\", \"pattern\": \"a\"}").status()).isEqualTo(404);
    }

    @Test
    void read_returns_windows_and_nothing_past_the_end() {
        String all = server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\"}").json().get("content").asText();
        assertThat(all).startsWith("Green tea");
        assertThat(server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"offset\": 6, \"max_length\": 3}").json().get("content").asText()).isEqualTo("tea");
        assertThat(server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"offset\": 100000}").json().get("content").asText()).isEmpty();
        assertThat(server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"offset\": -1}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + teaFile + "\", \"max_length\": 0}").status()).isEqualTo(422);
    }
}
