package dev.quire.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.Config;
import dev.quire.common.Json;
import dev.quire.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP edge of /mcp (the protocol itself is covered with the official TypeScript client in
 * compat/ts/test/mcp.test.js): keys, body limits and malformed requests get 4xx, never a 500.
 */
class McpEndpointTest {
    @TempDir
    static Path dataDir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.forTesting(dataDir, TestServer.ADMIN_KEY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * A client per request: the server rightly closes a connection after refusing a body it did not read
     * (the oversized-body test), and the JDK client does not retry a POST on a pooled connection closed
     * meanwhile ("header parser received no bytes").
     */
    private static HttpClient http() {
        return HttpClient.newHttpClient();
    }

    private static HttpResponse<String> post(String key, HttpRequest.BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").POST(body);
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String initialize() {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    }

    @Test
    void missing_and_wrong_keys_are_401_in_the_api_error_shape() throws Exception {
        for (String key : new String[] {null, "qk-wrong"}) {
            HttpResponse<String> r = post(key, HttpRequest.BodyPublishers.ofString(initialize()));
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("www-authenticate")).contains("Bearer");
            assertThat(Json.read(r.body()).get("detail").asText()).isNotBlank();
            assertThat(r.headers().firstValue("mcp-session-id")).isEmpty();
        }
    }

    @Test
    void a_good_key_initializes_a_session() throws Exception {
        HttpResponse<String> r = post(TestServer.ADMIN_KEY, HttpRequest.BodyPublishers.ofString(initialize()));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("mcp-session-id")).isPresent();
        assertThat(Json.read(r.body()).at("/result/serverInfo/name").asText()).isEqualTo("quire");
        assertThat(r.headers().firstValue("x-request-id")).isPresent();
    }

    @Test
    void an_oversized_body_is_refused_with_or_without_a_length() throws Exception {
        byte[] big = ("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"pad\":\""
                + "x".repeat(2_000_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> declared = post(TestServer.ADMIN_KEY, HttpRequest.BodyPublishers.ofByteArray(big));
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(Json.read(declared.body()).get("detail").asText()).contains("too large");
        // Chunked: no Content-Length to check first; reading stops at the limit.
        HttpResponse<String> chunked = post(TestServer.ADMIN_KEY,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));
        assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(400);
    }

    @Test
    void malformed_requests_are_4xx() throws Exception {
        assertThat(post(TestServer.ADMIN_KEY, HttpRequest.BodyPublishers.ofString("{not json")).statusCode())
                .isEqualTo(400);
        // A request without a session.
        HttpResponse<String> noSession = post(TestServer.ADMIN_KEY,
                HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"));
        assertThat(noSession.statusCode()).isEqualTo(400);
        HttpResponse<String> unknownSession = http().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/mcp"))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY).header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream").header("Mcp-Session-Id", "nope")
                .POST(HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknownSession.statusCode()).isEqualTo(404);
    }
}
