package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.testing.ScriptedOpenAiServer;
import dev.quire.testing.ScriptedOpenAiServer.Script;
import dev.quire.testing.ServerProcess;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM while a chat turn streams: the client still gets the stop event and a complete body. */
class GracefulShutdownTest {
    @TempDir
    Path dataDir;

    @Test
    void sigterm_during_a_stream_ends_it_with_a_cancelled_stop_and_a_complete_body() throws Exception {
        try (ScriptedOpenAiServer llm = ScriptedOpenAiServer.start();
             ServerProcess server = ServerProcess.start(dataDir, Map.of("QUIRE_LLM", "openai",
                     "QUIRE_LLM_BASE_URL", llm.baseUrl().toString(), "QUIRE_LLM_MODEL", "test-model"))) {
            int port = server.awaitListening(Duration.ofSeconds(60));
            String index = post(port, "/api/v1/indexes", "{\"source_directory_id\": \""
                    + post(port, "/api/v1/beta/directories", "{\"name\": \"empty\"}").get("id").asText() + "\"}")
                    .get("id").asText();
            String session = post(port, "/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}")
                    .get("session_id").asText();
            // Forty words at a quarter second each: the turn is still streaming when the signal arrives.
            llm.enqueue(Script.text("word ".repeat(40).split("(?<= )")).slow(Duration.ofMillis(250)));

            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
                socket.setSoTimeout(30_000);
                String body = "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"Talk slowly\"}";
                OutputStream out = socket.getOutputStream();
                out.write(("POST /api/v1/chat/" + session + "/messages/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Authorization: Bearer " + TestServer.ADMIN_KEY + "\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n"
                        + "\r\n" + body).getBytes(StandardCharsets.UTF_8));
                out.flush();
                InputStream in = socket.getInputStream();
                ByteArrayOutputStream received = new ByteArrayOutputStream();
                readUntil(in, received, "text_delta");

                server.terminate();
                // A kept-alive connection: the body ends with the chunked terminator, then the stopping server closes it.
                in.transferTo(received);

                String response = received.toString(StandardCharsets.UTF_8);
                assertThat(response).startsWith("HTTP/1.1 200").contains("Transfer-Encoding: chunked");
                // The chunked body ends with its terminator: the client saw a complete response.
                assertThat(response).endsWith("\r\n0\r\n\r\n");
                String lastData = response.substring(response.lastIndexOf("data: ") + 6);
                JsonNode stop = Json.read(lastData.substring(0, lastData.indexOf('\n')));
                assertThat(stop.get("type").asText()).isEqualTo("stop");
                assertThat(stop.get("error").asText()).isEqualTo("cancelled");
            }
            // 143 = 128 + SIGTERM: how every JVM reports a stop by signal, its shutdown having run.
            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(143);
            assertThat(server.stderr()).noneMatch(line -> line.contains("ERROR") || line.contains("WARN"));
        }
    }

    @Test
    void while_turns_finish_during_shutdown_new_requests_are_refused_with_503() throws Exception {
        try (ScriptedOpenAiServer llm = ScriptedOpenAiServer.start()) {
            Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
            TestServer server = TestServer.start(config.withChat(config.chat().withOpenAi(llm.baseUrl().toString(),
                    "test-model")));
            String index = server.emptyIndexes(1).get(0);
            String session = server.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}").json()
                    .get("session_id").asText();
            // Two seconds between words: cancelling the turn takes that long, and shutdown waits for it.
            llm.enqueue(Script.text("slow ", "words ", "here").slow(Duration.ofSeconds(2)));
            java.util.concurrent.CompletableFuture<SseClient.Stream> turn = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                            TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"Hi\"}"));
            while (llm.requests().isEmpty()) {
                Thread.sleep(20);
            }
            Thread closing = new Thread(server::close);
            closing.start();
            Thread.sleep(300);

            TestServer.Response refused = server.get("/api/v1/chat");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.json().get("detail").asText()).isEqualTo("The server is shutting down");
            closing.join(10_000);
            SseClient.Stream stream = turn.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(stream.types()).last().isEqualTo("stop");
            assertThat(stream.events().get(stream.events().size() - 1).data().get("error").asText())
                    .isEqualTo("cancelled");
        }
    }

    private static void readUntil(InputStream in, ByteArrayOutputStream received, String marker) throws Exception {
        byte[] buffer = new byte[8192];
        while (!received.toString(StandardCharsets.UTF_8).contains(marker)) {
            int n = in.read(buffer);
            if (n < 0) {
                throw new AssertionError("stream ended early: " + received.toString(StandardCharsets.UTF_8));
            }
            received.write(buffer, 0, n);
        }
    }

    private static JsonNode post(int port, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }
}
