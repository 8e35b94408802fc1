package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.CitationVerifier;
import dev.quire.testing.Multipart;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Chat turns with the embedded extractive backend over a real index. */
class ChatTurnApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static String index;
    static String otherIndex;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"reports\"}").json().get("id").asText();
        upload(dir, "report-2021.txt", "Annual report 2021. Revenue grew 12 percent in 2021, driven by subscriptions. "
                + "Headcount reached 340 people.");
        upload(dir, "report-2022.txt", "Annual report 2022. Revenue grew 31 percent in 2022 after the Asia launch. "
                + "Headcount reached 410 people.");
        upload(dir, "tea.txt", "Green tea should be brewed at eighty degrees. Boiling water makes green tea bitter.");
        index = createIndex(dir);
        String dir2 = server.post("/api/v1/beta/directories", "{\"name\": \"other\"}").json().get("id").asText();
        upload(dir2, "misc.txt", "Miscellaneous notes about parking spaces.");
        otherIndex = createIndex(dir2);
    }

    private static void upload(String dir, String name, String text) {
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload",
                new Multipart().file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private static String createIndex(String dir) {
        String id = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        long deadline = System.currentTimeMillis() + 120_000;
        while (!server.get("/api/v1/indexes/" + id).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            sleep(50);
        }
        return id;
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String session(String body) {
        return server.post("/api/v1/chat", body).json().get("session_id").asText();
    }

    /** Runs a turn and checks its citations (each [n] is a returned chunk, each quote verbatim in it). */
    private static SseClient.Stream turn(String session, List<String> indexes, String prompt) {
        String ids = String.join(",", indexes.stream().map(i -> "\"" + i + "\"").toList());
        SseClient.Stream stream = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [" + ids + "], \"prompt\": " + dev.quire.common.Json.write(prompt) + "}");
        CitationVerifier.verify(stream, true);
        return stream;
    }

    @Test
    void llamacloud_java_sdk_1_x_gets_the_turn_as_one_json_object_and_other_clients_the_stream() throws Exception {
        String session = session("{}");
        String body = "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"How much did revenue grow in 2022?\"}";
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.util.function.Function<String[], java.net.http.HttpResponse<String>> post = headers -> {
            java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(server.baseUrl() + "/api/v1/chat/" + session + "/messages/stream"))
                    .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
            for (int i = 0; i < headers.length; i += 2) {
                request.header(headers[i], headers[i + 1]);
            }
            try {
                return http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // What the official Java SDK sends: no Accept header, X-Stainless-Lang: java.
        java.net.http.HttpResponse<String> json = post.apply(new String[] {"X-Stainless-Lang", "java"});
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode answer = dev.quire.common.Json.mapper().readTree(json.body());
        assertThat(answer.get("session_id").asText()).isEqualTo(session);
        List<String> types = new java.util.ArrayList<>();
        answer.get("events").forEach(e -> types.add(e.get("type").asText()));
        assertThat(types.get(0)).isEqualTo("user_input");
        assertThat(types).doesNotContain("text_delta", "thinking_delta").endsWith("stop");
        assertThat(types).contains("text");
        // The JSON holds exactly what the session stored for the turn.
        JsonNode stored = server.get("/api/v1/chat/" + session).json().get("events");
        assertThat(stored.size()).isEqualTo(answer.get("events").size());

        // The same SDK family asking for the stream, and the TypeScript client's headers, get the stream.
        java.net.http.HttpResponse<String> sse = post.apply(new String[] {"X-Stainless-Lang", "java",
                "Accept", "text/event-stream"});
        assertThat(sse.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        java.net.http.HttpResponse<String> ts = post.apply(new String[] {"X-Stainless-Lang", "js",
                "Accept", "application/json"});
        assertThat(ts.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(ts.body()).contains("event: message").contains("\"type\":\"stop\"");
    }

    @Test
    void a_16_kb_prompt_with_thousands_of_distinct_words_completes_its_turn() {
        StringBuilder prompt = new StringBuilder("How should green tea be brewed? Context:");
        for (int i = 0; prompt.length() < 16_000; i++) {
            prompt.append(" term").append(i);
        }
        String session = session("{\"index_ids\": [\"" + index + "\"]}");
        SseClient.Stream stream = turn(session, List.of(index), prompt.toString());

        assertThat(stream.status()).isEqualTo(200);
        JsonNode stop = stream.events().get(stream.events().size() - 1).data();
        assertThat(stop.get("type").asText()).isEqualTo("stop");
        assertThat(stop.get("error").isNull()).as(stop.toString()).isTrue();
        assertThat(stop.get("is_error").asBoolean()).isFalse();
    }

    @Test
    void a_turn_streams_its_events_in_order_and_the_history_keeps_the_message_events() {
        String session = session("{\"index_ids\": [\"" + index + "\"]}");
        SseClient.Stream stream = turn(session, List.of(index), "How should green tea be brewed?");

        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        List<String> types = stream.types();
        assertThat(types.get(0)).isEqualTo("user_input");
        assertThat(types.get(types.size() - 1)).isEqualTo("stop");
        assertThat(types.stream().filter("stop"::equals).count()).isEqualTo(1);
        assertThat(types).containsSubsequence("user_input", "tool_call", "tool_result", "text_delta", "text", "stop");
        for (SseClient.Event e : stream.events()) {
            assertThat(e.name()).isEqualTo(e.type().endsWith("_delta") ? "delta" : "message");
        }
        String deltas = String.join("", stream.events().stream().filter(e -> e.type().equals("text_delta"))
                .map(e -> e.data().get("content").asText()).toList());
        JsonNode text = stream.events().stream().filter(e -> e.type().equals("text")).findFirst().orElseThrow().data();
        assertThat(text.get("content").asText()).isEqualTo(deltas).contains("eighty degrees").contains("[1]")
                .contains("tea.txt, p. 1");
        JsonNode call = stream.events().stream().filter(e -> e.type().equals("tool_call")).findFirst().orElseThrow().data();
        JsonNode result = stream.events().stream().filter(e -> e.type().equals("tool_result")).findFirst().orElseThrow().data();
        assertThat(result.get("call_id").asText()).isEqualTo(call.get("call_id").asText());
        assertThat(call.get("name").asText()).isEqualTo("retrieve");
        assertThat(result.at("/result/results/0/file_name").asText()).isEqualTo("tea.txt");
        assertThat(result.has("image_attachment")).isTrue();
        JsonNode stop = stream.events().get(stream.events().size() - 1).data();
        assertThat(stop.get("is_error").asBoolean()).isFalse();
        assertThat(stop.get("error").isNull()).isTrue();
        assertThat(stop.at("/usage/turns").asInt()).isEqualTo(2);
        assertThat(stop.get("skipped_index_ids")).isEmpty();

        JsonNode full = server.get("/api/v1/chat/" + session).json();
        List<String> stored = dev.quire.common.Json.mapper().convertValue(full.get("events"), List.class).stream()
                .map(e -> ((java.util.Map<?, ?>) e).get("type").toString()).toList();
        assertThat(stored).isEqualTo(types.stream().filter(t -> !t.endsWith("_delta")).toList());
        assertThat(full.get("generated_title").asText()).isEqualTo("How should green tea be brewed?");
        assertThat(full.at("/job_metadata/is_error").asBoolean()).isFalse();
        assertThat(full.at("/job_metadata/turns").asInt()).isEqualTo(2);
        assertThat(full.at("/job_metadata/duration_ms").asDouble()).isEqualTo(stop.at("/usage/duration_ms").asDouble());
        assertThat(full.at("/job_metadata/export_config_ids/0").asText()).isNotBlank();
        assertThat(full.get("index_ids")).extracting(JsonNode::asText).containsExactly(index);
    }

    @Test
    void a_question_the_documents_do_not_answer_gets_no_quotes_but_says_nothing_was_found() {
        String session = session("{\"index_ids\": [\"" + index + "\"]}");
        SseClient.Stream stream = turn(session, List.of(index), "What is the boiling point of mercury?");

        assertThat(stream.types()).contains("tool_result");
        assertThat(text(stream)).isEqualTo("I could not find anything relevant to that in the indexed documents.");
    }

    @Test
    void an_answer_quotes_the_best_sentence_first_without_page_headers_or_near_duplicates() {
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"manual\"}").json().get("id").asText();
        String header = "ACME pump manual, revision 3, confidential.";
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart().file(
                "upload_file", "manual.pdf", "application/pdf", dev.quire.ingest.TestPdfs.pdf("manual", List.of(
                        List.of(header, "Pumps need fresh oil every month.", "Filters are cleaned weekly."),
                        List.of(header, "Pumps need fresh oil every month, the manual says.", "Seals last a year."),
                        List.of(header, "Valves are checked yearly.", "Oil for pumps is stored in the shed.")))));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        String manual = createIndex(dir);
        String session = session("{\"index_ids\": [\"" + manual + "\"]}");

        String answer = text(turn(session, List.of(manual), "How often do pumps need fresh oil?"));

        String body = answer.substring(0, answer.indexOf("\n\nSources:"));
        assertThat(body).startsWith("Pumps need fresh oil every month").doesNotContain("confidential");
        assertThat(body.split("Pumps need fresh oil every month", -1)).hasSize(2);
        assertThat(body.split("\\[\\d+]", -1).length - 1).isBetween(1, 3);
        // Chunks stop at page breaks, so each source names the one page its sentence is on.
        String sources = answer.substring(answer.indexOf("\n\nSources:\n") + "\n\nSources:\n".length());
        assertThat(sources.lines().toList()).isNotEmpty().allMatch(l -> l.matches("\\[\\d] manual\\.pdf, p\\. [1-3]"));
    }

    @Test
    void the_index_set_is_locked_by_the_first_message() {
        String session = session("{\"index_ids\": [\"" + otherIndex + "\"]}");
        assertThat(turn(session, List.of(index, otherIndex), "What is in the reports?").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat/" + session + "/summary").json().get("index_ids"))
                .extracting(JsonNode::asText).containsExactly(index, otherIndex);
        SseClient.Stream changed = turn(session, List.of(index), "And now?");
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.errorBody()).contains("index_ids are locked for this session");
        assertThat(turn(session, List.of(otherIndex, index, otherIndex), "Same set, other order").status()).isEqualTo(200);
    }

    @Test
    void an_unbound_session_stays_unbound() {
        String session = session("{}");
        assertThat(turn(session, List.of(index), "Headcount in 2021?").status()).isEqualTo(200);
        assertThat(turn(session, List.of(otherIndex), "Parking?").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat/" + session).json().get("index_ids").isNull()).isTrue();
    }

    @Test
    void a_follow_up_question_is_searched_in_the_context_of_the_previous_one() {
        String session = session("{}");
        SseClient.Stream first = turn(session, List.of(index), "How much did revenue grow in 2021?");
        assertThat(text(first)).contains("12 percent");
        SseClient.Stream second = turn(session, List.of(index), "and in 2022?");
        JsonNode call = second.events().stream().filter(e -> e.type().equals("tool_call")).findFirst().orElseThrow().data();
        assertThat(call.at("/arguments/query").asText()).contains("revenue", "2022").doesNotContain("2021");
        assertThat(text(second)).contains("31 percent").contains("report-2022.txt");
        assertThat(server.get("/api/v1/chat/" + session).json().get("generated_title").asText())
                .isEqualTo("How much did revenue grow in 2021?");
    }

    @Test
    void a_short_question_with_its_own_topic_is_not_merged_with_the_previous_one() {
        String session = session("{}");
        assertThat(text(turn(session, List.of(index), "How much did revenue grow in 2021?"))).contains("12 percent");
        SseClient.Stream second = turn(session, List.of(index), "How should green tea be brewed?");
        JsonNode call = second.events().stream().filter(e -> e.type().equals("tool_call")).findFirst().orElseThrow().data();
        assertThat(call.at("/arguments/query").asText()).isEqualTo("How should green tea be brewed?");
        assertThat(text(second)).startsWith("Green tea should be brewed at eighty degrees.").contains("tea.txt")
                .doesNotContain("percent");
    }

    private static String text(SseClient.Stream stream) {
        return stream.events().stream().filter(e -> e.type().equals("text")).map(e -> e.data().get("content").asText())
                .findFirst().orElse("");
    }

    @Test
    void says_plainly_when_nothing_relevant_was_found() {
        String session = session("{}");
        assertThat(text(turn(session, List.of(otherIndex), "quantum chromodynamics of gluons")))
                .isEqualTo("I could not find anything relevant to that in the indexed documents.");
    }

    @Test
    void titles_are_collapsed_and_cut_at_a_word_boundary() {
        String long_ = "  What   were the\tmain findings of the annual report regarding revenue growth and headcount?";
        String session = session("{}");
        turn(session, List.of(index), long_);
        String title = server.get("/api/v1/chat/" + session).json().get("generated_title").asText();
        assertThat(title).isEqualTo("What were the main findings of the annual report...");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(53);
        turn(session, List.of(index), "A later prompt never changes the title");
        assertThat(server.get("/api/v1/chat/" + session).json().get("generated_title").asText()).isEqualTo(title);
        assertThat(Titles.of("🎉 ünïcödé títle")).isEqualTo("🎉 ünïcödé títle");
        assertThat(Titles.of("x".repeat(60))).isEqualTo("x".repeat(50) + "...");
    }

    @Test
    void a_deleted_index_is_skipped_by_later_turns() {
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"gone\"}").json().get("id").asText();
        upload(dir, "gone.txt", "Soon to be deleted.");
        String doomed = createIndex(dir);
        String session = session("{\"index_ids\": [\"" + doomed + "\", \"" + index + "\"]}");
        assertThat(turn(session, List.of(doomed, index), "tea?").status()).isEqualTo(200);
        assertThat(server.delete("/api/v1/indexes/" + doomed).status()).isEqualTo(204);
        SseClient.Stream after = turn(session, List.of(doomed, index), "green tea temperature?");
        assertThat(after.status()).isEqualTo(200);
        JsonNode stop = after.events().get(after.events().size() - 1).data();
        assertThat(stop.get("skipped_index_ids")).extracting(JsonNode::asText).containsExactly(doomed);
        assertThat(text(after)).contains("eighty degrees");
        assertThat(server.post("/api/v1/chat", "{\"index_ids\": [\"" + doomed + "\"]}").status()).isEqualTo(404);
    }

    @Test
    void requests_are_validated_before_the_stream_starts() {
        String session = session("{}");
        assertThat(turn("ses-nope", List.of(index), "hi").status()).isEqualTo(404);
        assertThat(turn(session, List.of("idx-nope"), "hi").status()).isEqualTo(404);
        assertThat(turn(session, List.of(), "hi").status()).isEqualTo(422);
        assertThat(turn(session, List.of(index), "   ").status()).isEqualTo(422);
        assertThat(turn(session, List.of(index), "x".repeat(20_001)).status()).isEqualTo(422);
        assertThat(SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream", TestServer.ADMIN_KEY,
                "{\"prompt\": \"no indexes\"}").status()).isEqualTo(422);
        assertThat(SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream", TestServer.ADMIN_KEY,
                "{\"index_ids\": [\"" + index + "\"]").status()).isEqualTo(422);
        assertThat(server.get("/api/v1/chat/" + session).json().get("events")).isEmpty();
        assertThat(server.get("/api/v1/chat/" + session).json().get("generated_title").isNull()).isTrue();
    }

    @Test
    void a_turn_over_an_index_that_is_not_ready_skips_it_or_fails_when_all_are_required() throws Exception {
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"slow\"}").json().get("id").asText();
        for (int i = 0; i < 80; i++) {
            upload(dir, "n" + i + ".txt", "Note " + i + " about pumps.");
        }
        String pending = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json()
                .get("id").asText();
        String session = session("{}");
        SseClient.Stream strict = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + pending + "\"], \"prompt\": \"pumps?\", "
                        + "\"require_all_indexes\": true}");
        assertThat(strict.types()).containsExactly("user_input", "stop");
        JsonNode stop = strict.events().get(1).data();
        assertThat(stop.get("is_error").asBoolean()).isTrue();
        assertThat(stop.get("error").asText()).contains(pending);
        assertThat(stop.get("skipped_index_ids")).extracting(JsonNode::asText).containsExactly(pending);
        assertThat(stop.at("/usage/turns").asInt()).isZero();
        assertThat(stop.at("/usage/total_input_tokens").isNull()).isTrue();

        SseClient.Stream lenient = turn(session, List.of(pending, index), "tea?");
        JsonNode lenientStop = lenient.events().get(lenient.events().size() - 1).data();
        assertThat(lenientStop.get("is_error").asBoolean()).isFalse();
        assertThat(lenientStop.get("skipped_index_ids")).extracting(JsonNode::asText).containsExactly(pending);
    }
}
