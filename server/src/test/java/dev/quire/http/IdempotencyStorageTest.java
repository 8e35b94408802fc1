package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.db.Database;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the idempotency table holds: no usable secret; and keys left behind by a crash, or older than
 * 24 hours, do not block a request.
 */
class IdempotencyStorageTest {
    @TempDir
    Path dataDir;

    private String defaultProject() {
        try (TestServer server = TestServer.start(dataDir)) {
            return server.get("/api/v1/projects").json().get(0).get("id").asText();
        }
    }

    @Test
    void a_reservation_left_by_a_crash_is_released_at_the_next_start() {
        String project = defaultProject();
        String key = UUID.randomUUID().toString();
        try (Database db = Database.open(dataDir)) {
            new JdbiIdempotencyStore(db.jdbi()).reserve(project, SealedAnswers.keyHash(key), "crashed-request",
                    System.currentTimeMillis() * 1000);
        }

        try (TestServer server = TestServer.start(dataDir)) {
            assertThat(post(server, key).status()).isEqualTo(200);
        }
    }

    @Test
    void a_key_older_than_24_hours_may_be_used_again() {
        String project = defaultProject();
        String key = UUID.randomUUID().toString();
        try (Database db = Database.open(dataDir)) {
            JdbiIdempotencyStore store = new JdbiIdempotencyStore(db.jdbi());
            long dayAndHourAgo = (System.currentTimeMillis() - TimeUnit.HOURS.toMillis(25)) * 1000;
            store.reserve(project, SealedAnswers.keyHash(key), "an-older-request", dayAndHourAgo);
            store.complete(project, SealedAnswers.keyHash(key), 200, "c2VhbGVk");
        }

        try (TestServer server = TestServer.start(dataDir)) {
            TestServer.Response r = post(server, key);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(r.header("Idempotent-Replayed")).isNull();
        }
    }

    @Test
    void a_stored_answer_does_not_reveal_the_secret_of_the_api_key_it_created() {
        String secret;
        try (TestServer server = TestServer.start(dataDir)) {
            String project = server.get("/api/v1/projects").json().get(0).get("id").asText();
            String key = UUID.randomUUID().toString();
            TestServer.Response first = post(server, "/api/v1/projects/" + project + "/api-keys", key);
            TestServer.Response again = post(server, "/api/v1/projects/" + project + "/api-keys", key);
            assertThat(again.body()).isEqualTo(first.body());
            secret = first.json().get("key").asText();
        }
        try (Database db = Database.open(dataDir)) {
            java.util.List<String> stored = db.jdbi().withHandle(h -> h.createQuery(
                    "select response from idempotency_keys").mapTo(String.class).list());
            assertThat(stored).hasSize(1);
            for (String response : stored) {
                assertThat(response).doesNotContain(secret);
                assertThat(new String(java.util.Base64.getDecoder().decode(response),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(secret);
            }
        }
    }

    private static TestServer.Response post(TestServer server, String key) {
        return post(server, "/api/v1/beta/directories", key);
    }

    private static TestServer.Response post(TestServer server, String path, String key) {
        try {
            var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                    .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", key)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"after\"}"))
                    .build();
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return new TestServer.Response(response.statusCode(), response.body(), response.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
