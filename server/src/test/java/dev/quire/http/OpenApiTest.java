package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void health_answers_ok_without_a_key() {
        TestServer.Response r = server.send("GET", "/healthz", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("status").asText()).isEqualTo("ok");
    }

    @Test
    void every_served_route_is_in_the_openapi_document_and_nothing_else() {
        JsonNode paths = server.send("GET", "/openapi.json", null, null).json().get("paths");
        List<String> documented = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(server.main().http().servedRoutes());
        assertThat(documented).contains("post /api/v1/chat", "get /api/v1/projects");
    }

    @Test
    void paths_use_openapi_parameters_only() {
        JsonNode paths = server.send("GET", "/openapi.json", null, null).json().get("paths");
        paths.fieldNames().forEachRemaining(path -> assertThat(path).doesNotContain("<", ">"));
        assertThat(paths.has("/api/v1/beta/attachments/{attachment_name}")).isTrue();
        assertThat(paths.at("/~1api~1v1~1beta~1attachments~1{attachment_name}/get/parameters/0/name").asText())
                .isEqualTo("attachment_name");
    }

    @Test
    void downloads_tell_browsers_not_to_sniff_the_content_type() {
        TestServer.Response upload = server.upload("/api/v1/beta/files", new dev.quire.testing.Multipart()
                .file("file", "page.html", "text/html", "<script>alert(1)</script>".getBytes())
                .field("purpose", "user_data"));
        String url = server.get("/api/v1/beta/files/" + upload.json().get("id").asText() + "/content")
                .json().get("url").asText();
        java.net.http.HttpResponse<byte[]> download = server.fetch(url);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void api_routes_declare_bearer_security_and_public_ones_do_not() {
        JsonNode paths = server.send("GET", "/openapi.json", null, null).json().get("paths");
        assertThat(paths.at("/~1api~1v1~1chat/post/security/0/bearerAuth").isArray()).isTrue();
        assertThat(paths.at("/~1healthz/get/security").size()).isZero();
    }

    @Test
    void creating_routes_declare_the_idempotency_key_header_and_others_do_not() {
        JsonNode paths = server.send("GET", "/openapi.json", null, null).json().get("paths");
        assertThat(paths.at("/~1api~1v1~1indexes/post/parameters").findValuesAsText("name")).contains("Idempotency-Key");
        assertThat(paths.at("/~1api~1v1~1retrieval~1retrieve/post/parameters").findValuesAsText("name"))
                .doesNotContain("Idempotency-Key");
    }

    @Test
    void unknown_routes_and_methods_answer_in_the_error_shape() {
        TestServer.Response missing = server.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).isEqualTo("Not Found");

        TestServer.Response wrongMethod = server.send("PUT", "/api/v1/chat", "{}", TestServer.ADMIN_KEY);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.json().get("detail").asText()).isEqualTo("Method Not Allowed");
    }

    @Test
    void every_response_carries_a_request_id() {
        assertThat(server.get("/api/v1/chat").header("x-request-id")).isNotBlank();
    }
}
