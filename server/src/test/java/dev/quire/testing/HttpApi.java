package dev.quire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A plain HTTP client for one Quire base URL and API key, talking to it the way any client does
 * (an in-process {@link TestServer}, a server process, a cluster node or the cluster's balancer).
 */
public class HttpApi {
    private final Supplier<String> baseUrl;
    private final String key;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public HttpApi(String baseUrl, String key) {
        this(() -> baseUrl, key);
    }

    protected HttpApi(Supplier<String> baseUrl, String key) {
        this.baseUrl = baseUrl;
        this.key = key;
    }

    public String baseUrl() {
        return baseUrl.get();
    }

    public Response get(String path) {
        return send("GET", path, null, key);
    }

    public Response post(String path, String body) {
        return send("POST", path, body, key);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, key);
    }

    /** A multipart upload with this client's key. */
    public Response upload(String path, Multipart form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + key)
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
        return send("PATCH", path, body, key);
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
