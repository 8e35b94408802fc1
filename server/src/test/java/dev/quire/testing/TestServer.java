package dev.quire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.Main;
import dev.quire.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * The real server on a random port over a data directory, with a known admin key, and a plain HTTP
 * client to talk to it the way any client does.
 */
public final class TestServer implements AutoCloseable {
    public static final String ADMIN_KEY = "qk-test-admin-key-0123456789abcdefghijklmnop";

    private final Main main;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(Main main) {
        this.main = main;
    }

    public static TestServer start(Path dataDir) {
        return start(Config.forTesting(dataDir, ADMIN_KEY));
    }

    public static TestServer start(Config config) {
        try {
            return new TestServer(Main.start(config, Clock.systemUTC()));
        } catch (Exception e) {
            throw new IllegalStateException("server did not start", e);
        }
    }

    public Main main() {
        return main;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + main.port();
    }

    public Response get(String path) {
        return send("GET", path, null, ADMIN_KEY);
    }

    public Response post(String path, String body) {
        return send("POST", path, body, ADMIN_KEY);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, ADMIN_KEY);
    }

    /** Any request; a null key sends no Authorization header, a null body sends none. */
    public Response send(String method, String path, String body, String key) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        main.close();
    }

    /** A response with its body parsed on demand. */
    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonNode json() {
            return Json.read(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
