package dev.quire.bench.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * HTTP calls of the crash workload. An {@link IOException} means "no answer": the write may or may
 * not have happened, and the model treats it as unknown rather than acknowledged.
 */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + body, e);
            }
        }

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private final String key;

    Client(String base, String key) {
        this.base = base;
        this.key = key;
    }

    Client withKey(String otherKey) {
        return new Client(base, otherKey);
    }

    Response get(String path) throws IOException {
        return send(request(path).GET());
    }

    Response delete(String path) throws IOException {
        return send(request(path).DELETE());
    }

    Response post(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response patch(String path, String json) throws IOException {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Multipart with one file part ({@code fileField}) and text parts given as name, value pairs. */
    Response upload(String path, String fileField, String fileName, byte[] bytes, String... fields) throws IOException {
        String boundary = "crash-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i]
                    + "\"\r\n\r\n" + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** Bytes of an absolute URL (a presigned link), without the API key. */
    byte[] fetch(String url) throws IOException {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("download answered " + r.statusCode());
            }
            return r.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A streamed chat turn, read to its end; what arrived before a failure is kept. */
    Turn stream(String path, String json) {
        Turn turn = new Turn();
        try {
            HttpResponse<java.util.stream.Stream<String>> r = http.send(request(path)
                    .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofLines());
            turn.status = r.statusCode();
            r.body().forEach(line -> {
                if (line.startsWith("data:")) {
                    try {
                        JsonNode event = JSON.readTree(line.substring(5).trim());
                        turn.types.add(event.path("type").asText());
                        if (event.path("type").asText().equals("stop")) {
                            turn.stop = event;
                        }
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            turn.failed = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn.failed = true;
        }
        return turn;
    }

    /** What a client saw of a turn: the status, the event types in order, the stop event. */
    static final class Turn {
        int status;
        boolean failed;
        JsonNode stop;
        final java.util.List<String> types = new java.util.ArrayList<>();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        return key == null ? b : b.header("Authorization", "Bearer " + key);
    }

    private Response send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
