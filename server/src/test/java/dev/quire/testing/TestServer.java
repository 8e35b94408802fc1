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

    /** Creates {@code count} indexes over one empty directory (enough to bind chat sessions to). */
    public java.util.List<String> emptyIndexes(int count) {
        String dir = post("/api/v1/beta/directories", "{\"name\": \"empty\"}").json().get("id").asText();
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            Response r = post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\", \"name\": \"empty-" + i + "\"}");
            if (r.status() != 200) {
                throw new IllegalStateException("could not create an index: " + r.body());
            }
            ids.add(r.json().get("id").asText());
        }
        return ids;
    }

    /** A multipart upload with the admin key. */
    public Response upload(String path, Multipart form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN_KEY)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
                .build();
        return exchange(request);
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
        return exchange(request.build());
    }

    private Response exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response patch(String path, String body) {
        return send("PATCH", path, body, ADMIN_KEY);
    }

    /** A multipart upload with any key (null = none); {@code chunked} sends no Content-Length. */
    public Response upload(String path, Multipart form, String key, boolean chunked) {
        byte[] bytes = form.bytes();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", form.contentType())
                .POST(chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                        : HttpRequest.BodyPublishers.ofByteArray(bytes));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return exchange(request.build());
    }

    /** GETs an absolute URL (e.g. a presigned link) without an API key, keeping the bytes. */
    public HttpResponse<byte[]> fetch(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
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
