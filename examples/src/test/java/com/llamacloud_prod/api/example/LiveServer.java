package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import dev.quire.Config;
import dev.quire.Main;
import java.nio.file.Path;
import java.time.Clock;

/** A real Quire server on a random port, and SDK clients pointed at it. */
final class LiveServer implements AutoCloseable {
    static final String KEY = "qk-sdk-test-key-0123456789abcdefghijklmnopqrstu";

    private final Main main;

    LiveServer(Path dataDir) throws Exception {
        this.main = Main.start(Config.forTesting(dataDir, KEY), Clock.systemUTC());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + main.port();
    }

    LlamaCloudClient client() {
        return client(KEY);
    }

    LlamaCloudClient client(String key) {
        return LlamaCloudOkHttpClient.builder().apiKey(key).baseUrl(baseUrl()).maxRetries(0).build();
    }

    /** Creates an index over an empty directory through the REST API (the SDK has no index calls yet). */
    String emptyIndex(String name) throws Exception {
        String dir = post("/api/v1/beta/directories", "{\"name\": \"" + name + "\"}").get("id").asText();
        return post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
    }

    private com.fasterxml.jackson.databind.JsonNode post(String path, String body) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl() + path))
                        .header("Authorization", "Bearer " + KEY).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
    }

    @Override
    public void close() {
        main.close();
    }
}
