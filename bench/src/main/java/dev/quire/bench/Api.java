package dev.quire.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

    /** A minimal HTTP client for the benchmark: JSON posts, multipart uploads, polling. */
final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String key;

    Api(String base, String key) {
        this.base = base;
        this.key = key;
    }

    JsonNode post(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    void delete(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + key).DELETE().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
    }

    JsonNode upload(String path, String fileName, byte[] bytes) throws Exception {
        String boundary = "bench" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"upload_file\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(bytes, 0, body, head.length, bytes.length);
        System.arraycopy(tail, 0, body, head.length + bytes.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Uploads each document as {@code <id>.txt} with 4 concurrent uploaders. */
    void uploadAll(String dir, List<Scifact.Doc> docs) throws Exception {
        ExecutorService uploaders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Scifact.Doc d : docs) {
                done.add(uploaders.submit(() -> upload("/api/v1/beta/directories/" + dir + "/files/upload",
                        d.id() + ".txt", d.body().getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            uploaders.shutdown();
        }
    }

    JsonNode awaitReady(String indexId) throws Exception {
        while (true) {
            JsonNode index = get("/api/v1/indexes/" + indexId + "?expand=sync_in_progress");
            String status = index.at("/metadata/status").asText();
            if (status.equals("failed")) {
                throw new IllegalStateException("index failed: " + index);
            }
            if (status.equals("ready") && !index.get("sync_in_progress").asBoolean()) {
                return index;
            }
            Thread.sleep(200);
        }
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + key).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.statusCode() + " " + r.body());
        }
        return JSON.readTree(r.body());
    }
}
