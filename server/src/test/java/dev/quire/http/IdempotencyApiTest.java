package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A create retried with the same Idempotency-Key returns the first answer and creates nothing new. */
class IdempotencyApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> post(String path, String key, String contentType, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postJson(String path, String key, String json) throws Exception {
        return post(path, key, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static long directoriesNamed(String name) {
        JsonNode items = server.get("/api/v1/beta/directories?page_size=1000").json().get("items");
        long n = 0;
        for (JsonNode d : items) {
            if (d.get("name").asText().equals(name)) {
                n++;
            }
        }
        return n;
    }

    @Test
    void a_retried_create_returns_the_first_answer_and_creates_nothing() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postJson("/api/v1/beta/directories", key, "{\"name\": \"retried\"}");
        HttpResponse<String> again = postJson("/api/v1/beta/directories", key, "{\"name\": \"retried\"}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(directoriesNamed("retried")).isEqualTo(1);
    }

    @Test
    void without_a_key_every_create_creates() throws Exception {
        postJson("/api/v1/beta/directories", null, "{\"name\": \"twice\"}");
        postJson("/api/v1/beta/directories", null, "{\"name\": \"twice\"}");
        assertThat(directoriesNamed("twice")).isEqualTo(2);
    }

    @Test
    void the_same_key_with_another_body_or_route_is_refused() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(postJson("/api/v1/beta/directories", key, "{\"name\": \"first-body\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> otherBody = postJson("/api/v1/beta/directories", key, "{\"name\": \"second-body\"}");
        HttpResponse<String> otherRoute = postJson("/api/v1/chat", key, "{}");

        assertThat(otherBody.statusCode()).isEqualTo(422);
        JsonNode detail = dev.quire.common.Json.read(otherBody.body()).get("detail").get(0);
        assertThat(detail.get("loc").toString()).isEqualTo("[\"header\",\"Idempotency-Key\"]");
        assertThat(detail.get("type").asText()).isEqualTo("idempotency_key_reused");
        assertThat(otherRoute.statusCode()).isEqualTo(422);
        assertThat(directoriesNamed("second-body")).isZero();
    }

    @Test
    void a_failed_first_attempt_is_not_stored_and_may_be_retried() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(postJson("/api/v1/beta/directories", key, "{\"name\": 7}").statusCode()).isEqualTo(422);

        HttpResponse<String> fixed = postJson("/api/v1/beta/directories", key, "{\"name\": \"fixed\"}");

        assertThat(fixed.statusCode()).isEqualTo(200);
        assertThat(fixed.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(directoriesNamed("fixed")).isEqualTo(1);
    }

    @Test
    void concurrent_requests_with_one_key_create_one_object() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> postJson("/api/v1/beta/directories", key, "{\"name\": \"raced\"}"));
            }
            List<String> ids = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                assertThat(r.statusCode()).as(r.body()).isIn(200, 409);
                if (r.statusCode() == 200) {
                    ids.add(dev.quire.common.Json.read(r.body()).get("id").asText());
                } else {
                    assertThat(r.headers().firstValue("x-should-retry")).contains("false");
                }
            }
            assertThat(ids).isNotEmpty();
            assertThat(ids.stream().distinct()).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(directoriesNamed("raced")).isEqualTo(1);
    }

    @Test
    void a_retried_upload_stores_one_file_even_with_a_new_multipart_boundary() throws Exception {
        String key = UUID.randomUUID().toString();
        byte[] content = "uploaded once".getBytes(StandardCharsets.UTF_8);
        Multipart first = new Multipart().field("purpose", "user_data").file("file", "once.txt", "text/plain", content);
        Multipart retry = new Multipart().field("purpose", "user_data").file("file", "once.txt", "text/plain", content);
        Multipart changed = new Multipart().field("purpose", "user_data").file("file", "once.txt", "text/plain",
                "other bytes".getBytes(StandardCharsets.UTF_8));
        long blobsBefore = blobs();

        HttpResponse<String> a = post("/api/v1/beta/files", key, first.contentType(), first.bytes());
        HttpResponse<String> b = post("/api/v1/beta/files", key, retry.contentType(), retry.bytes());
        HttpResponse<String> c = post("/api/v1/beta/files", key, changed.contentType(), changed.bytes());

        assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
        assertThat(b.statusCode()).isEqualTo(200);
        assertThat(b.body()).isEqualTo(a.body());
        assertThat(c.statusCode()).isEqualTo(422);
        assertThat(blobs()).isEqualTo(blobsBefore + 1);
    }

    @Test
    void a_replayed_api_key_is_not_readable_from_the_data_directory() throws Exception {
        String project = server.get("/api/v1/projects").json().get(0).get("id").asText();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = postJson("/api/v1/projects/" + project + "/api-keys", key, "{\"name\": \"once\"}");
        HttpResponse<String> again = postJson("/api/v1/projects/" + project + "/api-keys", key, "{\"name\": \"once\"}");
        String secret = dev.quire.common.Json.read(first.body()).get("key").asText();

        assertThat(again.body()).isEqualTo(first.body());
        assertThat(server.get("/api/v1/projects/" + project + "/api-keys").json().findValuesAsText("name"))
                .containsOnlyOnce("once");
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(secret);
            }
        }
    }

    @Test
    void a_malformed_key_is_a_validation_error() throws Exception {
        HttpResponse<String> r = postJson("/api/v1/beta/directories", "x".repeat(256), "{\"name\": \"long-key\"}");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(directoriesNamed("long-key")).isZero();
    }

    private static long blobs() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.startsWith(dataDir.resolve("blobs/tmp"))).count();
        }
    }
}
