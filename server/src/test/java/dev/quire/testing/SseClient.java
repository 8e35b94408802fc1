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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Reads a Server-Sent Events response line by line, the way the documented client loop does. */
public final class SseClient {
    private SseClient() {}

    /** One SSE event: its {@code event:} name and parsed {@code data:} JSON. */
    public record Event(String name, JsonNode data) {
        public String type() {
            return data.path("type").asText();
        }
    }

    /** The response: status, headers, events (for a 200) or the error body, and ping comments seen. */
    public record Stream(int status, java.net.http.HttpHeaders headers, List<Event> events, String errorBody,
                         int pings) {
        public List<String> types() {
            return events.stream().map(Event::type).toList();
        }
    }

    public static Stream post(String baseUrl, String path, String key, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<java.util.stream.Stream<String>> response = HttpClient.newHttpClient()
                    .send(request, HttpResponse.BodyHandlers.ofLines());
            if (response.statusCode() != 200) {
                return new Stream(response.statusCode(), response.headers(), List.of(),
                        String.join("\n", response.body().toList()), 0);
            }
            return read(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Stream read(HttpResponse<java.util.stream.Stream<String>> response) {
        List<Event> events = new ArrayList<>();
        int pings = 0;
        String name = null;
        Iterator<String> lines = response.body().iterator();
        while (lines.hasNext()) {
            String line = lines.next();
            if (line.startsWith(":")) {
                pings++;
            } else if (line.startsWith("event: ")) {
                name = line.substring(7);
            } else if (line.startsWith("data: ")) {
                events.add(new Event(name, Json.read(line.substring(6))));
                name = null;
            } else if (!line.isEmpty()) {
                throw new AssertionError("unexpected SSE line: " + line);
            }
        }
        return new Stream(200, response.headers(), events, null, pings);
    }
}
