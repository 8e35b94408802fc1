package dev.quire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server speaking the OpenAI embeddings protocol. */
class OpenAiEmbedderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile int dimension = 3;
    private volatile int status = 200;
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v1/embeddings", this::embeddings);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Vector i of a request is (length of text i, 1, 0, ...), answered in reverse order. */
    private void embeddings(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        requests.add(request);
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String body;
        if (status != 200) {
            body = "{\"error\":{\"message\":\"model overloaded\"}}";
        } else {
            ObjectNode response = JSON.createObjectNode().put("object", "list").put("model", request.get("model").asText());
            ArrayNode data = response.putArray("data");
            JsonNode input = request.get("input");
            for (int i = input.size() - 1; i >= 0; i--) {
                ArrayNode vector = data.addObject().put("object", "embedding").put("index", i).putArray("embedding");
                vector.add(input.get(i).asText().length()).add(1);
                for (int d = 2; d < dimension; d++) {
                    vector.add(0);
                }
            }
            response.putObject("usage").put("prompt_tokens", 1).put("total_tokens", 1);
            body = JSON.writeValueAsString(response);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private OpenAiEmbedder embedder(Optional<String> key, int batchSize, String queryPrefix) {
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        return new OpenAiEmbedder(HttpClient.newHttpClient(),
                new OpenAiEmbedderConfig(base, key, "test-embed", 3, batchSize, Duration.ofSeconds(5), queryPrefix));
    }

    @Test
    void embeds_in_batches_and_returns_vectors_in_input_order() {
        OpenAiEmbedder embedder = embedder(Optional.of("sk-test"), 2, "");

        List<float[]> vectors = embedder.embedAll(List.of("a", "bb", "ccc", "dddd", "eeeee"));

        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).get("model").asText()).isEqualTo("test-embed");
        assertThat(requests.get(2).get("input")).hasSize(1);
        assertThat(authorizations).containsOnly("Bearer sk-test");
        assertThat(vectors).hasSize(5);
        for (int i = 0; i < 5; i++) {
            float length = i + 1;
            float norm = (float) Math.sqrt(length * length + 1);
            assertThat(vectors.get(i)[0]).isCloseTo(length / norm, org.assertj.core.data.Offset.offset(1e-6f));
        }
        assertThat(embedder.dimension()).isEqualTo(3);
        assertThat(embedder.modelName()).isEqualTo("test-embed");
    }

    @Test
    void sends_no_authorization_without_a_key_and_prefixes_queries() {
        OpenAiEmbedder embedder = embedder(Optional.empty(), 10, "query: ");

        embedder.embedQuery("hello");

        assertThat(authorizations).containsExactly("null");
        assertThat(requests.get(0).get("input").get(0).asText()).isEqualTo("query: hello");
    }

    @Test
    void reports_http_errors_with_status_and_body() {
        status = 503;

        assertThatThrownBy(() -> embedder(Optional.empty(), 10, "").embedAll(List.of("x")))
                .isInstanceOf(EmbeddingException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("model overloaded");
    }

    @Test
    void rejects_vectors_of_the_wrong_dimension() {
        dimension = 5;

        assertThatThrownBy(() -> embedder(Optional.empty(), 10, "").embedAll(List.of("x")))
                .isInstanceOf(EmbeddingException.class).hasMessageContaining("returned 5 dimensions, configured 3");
    }

    @Test
    void never_prints_the_api_key() {
        OpenAiEmbedderConfig config = OpenAiEmbedderConfig.of(URI.create("http://localhost"), Optional.of("sk-secret"), "m", 3);

        assertThat(config.toString()).doesNotContain("sk-secret");
    }
}
