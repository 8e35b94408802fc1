package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.common.Json;
import dev.quire.testing.CitationVerifier;
import dev.quire.testing.Multipart;
import dev.quire.testing.ScriptedOpenAiServer;
import dev.quire.testing.ScriptedOpenAiServer.Script;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat turns with the openai backend against a scripted OpenAI-compatible server: tool loops,
 * reasoning, usage, multi-turn context, provider errors, limits, concurrency, disconnects, cancel.
 */
class ChatAgentScriptedTest {
    @TempDir
    static Path dataDir;
    static ScriptedOpenAiServer llm;
    static TestServer server;
    static String index;

    @BeforeAll
    static void start() {
        llm = ScriptedOpenAiServer.start();
        Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
        server = TestServer.start(config.withChat(config.chat().withOpenAi(llm.baseUrl().toString(), "test-model")
                .withLimits(3, 4, 20_000, 5).withPingMillis(300)));
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"docs\"}").json().get("id").asText();
        server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart().file("upload_file",
                "policy.txt", "text/plain", "Refunds are paid within 14 days of a return.".getBytes(StandardCharsets.UTF_8)));
        index = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        while (!server.get("/api/v1/indexes/" + index).json().at("/metadata/status").asText().equals("ready")) {
            ChatTurnApiTest.sleep(50);
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        llm.close();
    }

    private static String session() {
        return server.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}").json().get("session_id").asText();
    }

    /** Runs a turn and checks that every [n] of the answer refers to a chunk returned in it. */
    private static SseClient.Stream turn(String session, String prompt) {
        SseClient.Stream stream = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + index + "\"], \"prompt\": " + Json.write(prompt) + "}");
        CitationVerifier.verify(stream, false);
        return stream;
    }

    private static JsonNode stop(SseClient.Stream s) {
        return s.events().get(s.events().size() - 1).data();
    }

    @Test
    void runs_the_tool_loop_with_reasoning_and_reports_provider_usage() {
        llm.enqueue(Script.reasoning("Let me ", "search.").thenToolCall("call_a", "retrieve", "{\"query\": \"refund days\"}")
                        .usage(100, 10),
                Script.text("Refunds take ", "14 days [1].").usage(200, 20));
        int before = llm.requests().size();
        SseClient.Stream s = turn(session(), "How long do refunds take?");

        assertThat(s.types()).containsExactly("user_input", "thinking_delta", "thinking_delta", "thinking", "tool_call",
                "tool_result", "text_delta", "text_delta", "text", "stop");
        assertThat(s.events().get(3).data().get("content").asText()).isEqualTo("Let me search.");
        assertThat(s.events().get(5).data().at("/result/results/0/content").asText()).contains("14 days");
        assertThat(s.events().get(8).data().get("content").asText()).isEqualTo("Refunds take 14 days [1].");
        JsonNode usage = stop(s).get("usage");
        assertThat(usage.get("total_input_tokens").asInt()).isEqualTo(300);
        assertThat(usage.get("total_output_tokens").asInt()).isEqualTo(30);
        assertThat(usage.get("turns").asInt()).isEqualTo(2);

        List<ScriptedOpenAiServer.RecordedRequest> sent = llm.requests().subList(before, llm.requests().size());
        assertThat(sent.get(0).json().get("model").asText()).isEqualTo("test-model");
        assertThat(sent.get(0).tools()).extracting(t -> t.at("/function/name").asText())
                .contains("retrieve", "find_files", "grep_file", "read_file");
        JsonNode second = sent.get(1).messages();
        assertThat(second.get(second.size() - 1).get("role").asText()).isEqualTo("tool");
        assertThat(second.get(second.size() - 1).get("tool_call_id").asText()).isEqualTo("call_a");
    }

    @Test
    void later_turns_send_the_earlier_questions_and_answers() {
        String session = session();
        llm.enqueue(Script.text("First answer."));
        turn(session, "First question?");
        llm.enqueue(Script.text("Second answer."));
        turn(session, "And the second?");
        JsonNode messages = llm.lastRequest().messages();
        List<String> roles = java.util.stream.StreamSupport.stream(messages.spliterator(), false)
                .map(m -> m.get("role").asText()).toList();
        assertThat(roles).containsExactly("system", "user", "assistant", "user");
        assertThat(messages.get(1).get("content").asText()).isEqualTo("First question?");
        assertThat(messages.get(2).get("content").asText()).isEqualTo("First answer.");
    }

    @Test
    void a_provider_error_ends_the_turn_with_an_error_stop_and_the_session_stays_usable() {
        String session = session();
        llm.enqueue(Script.error(401, "{\"error\": {\"message\": \"Incorrect API key provided\"}}"));
        SseClient.Stream failed = turn(session, "Hello?");
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.types()).containsExactly("user_input", "stop");
        assertThat(stop(failed).get("is_error").asBoolean()).isTrue();
        assertThat(stop(failed).get("error").asText()).contains("401").contains("Incorrect API key");
        JsonNode job = server.get("/api/v1/chat/" + session).json().get("job_metadata");
        assertThat(job.get("is_error").asBoolean()).isTrue();

        llm.enqueue(Script.text("Back again."));
        assertThat(stop(turn(session, "Still there?")).get("is_error").asBoolean()).isFalse();
        assertThat(server.get("/api/v1/chat/" + session).json().at("/job_metadata/is_error").asBoolean()).isFalse();
    }

    @Test
    void a_provider_that_stops_answering_times_out() {
        llm.enqueue(Script.hang());
        SseClient.Stream s = turn(session(), "Anyone?");
        assertThat(stop(s).get("is_error").asBoolean()).isTrue();
        assertThat(stop(s).get("error").asText()).containsIgnoringCase("time");
    }

    @Test
    void the_step_limit_ends_a_turn_that_only_calls_tools() {
        for (int i = 0; i < 3; i++) {
            llm.enqueue(Script.toolCall("call_" + i, "find_files", "{\"index_id\": \"" + index + "\"}"));
        }
        SseClient.Stream s = turn(session(), "Loop forever");
        assertThat(stop(s).get("is_error").asBoolean()).isTrue();
        assertThat(stop(s).get("error").asText()).isEqualTo("agent step limit reached");
        assertThat(stop(s).at("/usage/turns").asInt()).isEqualTo(3);
        assertThat(s.types().stream().filter("tool_result"::equals).count()).isEqualTo(3);
    }

    @Test
    void tool_errors_are_reported_to_the_model_not_thrown() {
        llm.enqueue(Script.toolCall("call_x", "grep_file", "{\"index_id\": \"idx-elsewhere\", \"file_id\": \"f\", \"pattern\": \"a\"}"),
                Script.text("I could not grep that."));
        SseClient.Stream s = turn(session(), "grep please");
        JsonNode result = s.events().stream().filter(e -> e.type().equals("tool_result")).findFirst().orElseThrow().data();
        assertThat(result.at("/result/error").asText()).contains("index_id");
        assertThat(stop(s).get("is_error").asBoolean()).isFalse();
    }

    @Test
    void an_idle_stream_carries_ping_comments_that_clients_skip() {
        llm.enqueue(Script.text("after ", "a pause").slow(Duration.ofMillis(800)));
        SseClient.Stream s = turn(session(), "Take your time");
        assertThat(s.pings()).isPositive();
        assertThat(s.types()).containsExactly("user_input", "text_delta", "text_delta", "text", "stop");
    }

    @Test
    void concurrent_sessions_stream_independently() throws Exception {
        List<CompletableFuture<SseClient.Stream>> streams = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            llm.enqueue(Script.text("answer ", "here").slow(Duration.ofMillis(50)));
        }
        for (int i = 0; i < 5; i++) {
            String session = session();
            streams.add(CompletableFuture.supplyAsync(() -> turn(session, "Question")));
        }
        for (CompletableFuture<SseClient.Stream> s : streams) {
            assertThat(s.get().status()).isEqualTo(200);
            assertThat(stop(s.get()).get("is_error").asBoolean()).isFalse();
            assertThat(s.get().types()).startsWith("user_input").endsWith("stop");
        }
    }

    @Test
    void a_second_turn_while_one_runs_is_a_conflict() throws Exception {
        String session = session();
        llm.enqueue(Script.text("slow ", "answer ", "here").slow(Duration.ofMillis(400)));
        CompletableFuture<SseClient.Stream> first = CompletableFuture.supplyAsync(() -> turn(session, "First"));
        awaitRunning(session);
        SseClient.Stream second = turn(session, "Second");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.headers().firstValue("x-should-retry").orElse("")).isEqualTo("false");
        assertThat(first.get().status()).isEqualTo(200);
        assertThat(stop(first.get()).get("is_error").asBoolean()).isFalse();
    }

    @Test
    void a_client_that_disconnects_does_not_lose_the_answer() throws Exception {
        String session = session();
        llm.enqueue(Script.text("part one, ", "part two, ", "part three.").slow(Duration.ofMillis(300)));
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.baseUrl() + "/api/v1/chat/" + session + "/messages/stream"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index_ids\": [\"" + index + "\"], \"prompt\": \"Go\"}"))
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        response.body().read(new byte[10]);
        response.body().close();

        JsonNode events = awaitStop(session);
        assertThat(events.get(events.size() - 2).get("content").asText()).isEqualTo("part one, part two, part three.");
        assertThat(events.get(events.size() - 1).get("is_error").asBoolean()).isFalse();
    }

    @Test
    void deleting_the_session_cancels_its_running_turn() throws Exception {
        String session = session();
        llm.enqueue(Script.text("a ", "b ", "c ", "d ", "e ", "f").slow(Duration.ofMillis(300)));
        int before = llm.requests().size();
        CompletableFuture<SseClient.Stream> running = CompletableFuture.supplyAsync(() -> turn(session, "Long answer"));
        awaitRunning(session);
        // Delete once the model is answering: deleting before the turn asks the model would leave the
        // script queued for the next test.
        long deadline = System.currentTimeMillis() + 10_000;
        while (llm.requests().size() == before) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            ChatTurnApiTest.sleep(20);
        }
        assertThat(server.delete("/api/v1/chat/" + session).status()).isEqualTo(204);
        SseClient.Stream s = running.get();
        assertThat(stop(s).get("is_error").asBoolean()).isTrue();
        assertThat(stop(s).get("error").asText()).isEqualTo("cancelled");
        assertThat(server.get("/api/v1/chat/" + session).status()).isEqualTo(404);
    }

    private static void awaitRunning(String session) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (server.get("/api/v1/chat/" + session).json().get("events").size() == 0) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            ChatTurnApiTest.sleep(20);
        }
    }

    private static JsonNode awaitStop(String session) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            JsonNode events = server.get("/api/v1/chat/" + session).json().get("events");
            if (events.size() > 0 && events.get(events.size() - 1).get("type").asText().equals("stop")) {
                return events;
            }
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            ChatTurnApiTest.sleep(50);
        }
    }
}
