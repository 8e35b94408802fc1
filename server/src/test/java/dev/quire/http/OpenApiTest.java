package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    @Test
    void every_sdk_operation_declares_its_call_path_answer_and_errors() {
        JsonNode doc = server.send("GET", "/openapi.json", null, null).json();
        Set<String> operationIds = new HashSet<>();
        int sdkOperations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = ops.next();
                String where = entry.getKey() + " " + path.getKey();
                JsonNode op = entry.getValue();
                if (op.path("x-sdk-skip").asBoolean()) {
                    continue;
                }
                sdkOperations++;
                assertThat(op.path("operationId").asText()).as(where).matches("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");
                assertThat(operationIds.add(op.get("operationId").asText())).as("unique operationId " + where).isTrue();
                JsonNode responses = op.get("responses");
                String success = successStatus(responses);
                if (!success.equals("204")) {
                    JsonNode schema = responses.at("/" + success + "/content/application~1json/schema");
                    JsonNode answered = op.path("x-sdk-response-container").asText().equals("list")
                            ? schema.get("items") : schema;
                    assertThat(answered.path("$ref").asText()).as(where).startsWith("#/components/schemas/");
                    assertThat(op.path("x-sdk-response").asText()).as(where).isNotEmpty();
                } else {
                    assertThat(op.has("x-sdk-response")).as(where).isFalse();
                }
                assertThat(responses.has("401")).as(where).isTrue();
                assertThat(responses.has("500")).as(where).isTrue();
                responses.fields().forEachRemaining(r -> {
                    if (!r.getKey().startsWith("2")) {
                        assertThat(r.getValue().at("/content/application~1json/schema/$ref").asText()).as(where)
                                .isEqualTo(r.getKey().equals("422") ? "#/components/schemas/ValidationErrorResponse"
                                        : "#/components/schemas/ErrorResponse");
                    }
                });
                if (op.has("requestBody")) {
                    JsonNode content = op.at("/requestBody/content");
                    String type = content.fieldNames().next();
                    assertThat(type).isIn("application/json", "multipart/form-data");
                    String ref = content.get(type).at("/schema/$ref").asText();
                    assertThat(ref).as(where).endsWith("ParamsBody");
                    assertThat(responses.has("422")).as(where).isTrue();
                    if (type.equals("multipart/form-data")) {
                        assertThat(component(doc, ref).toString()).as(where).contains("\"format\":\"binary\"");
                    }
                }
                if (op.has("x-sdk-pagination")) {
                    JsonNode page = component(doc, responses.at("/200/content/application~1json/schema/$ref").asText());
                    assertThat(page.get("x-sdk-name").asText()).isEqualTo(op.at("/x-sdk-pagination/pageResponse").asText());
                    assertThat(page.at("/properties/items/items/$ref").asText()).as(where).startsWith("#/components/schemas/");
                    assertThat(op.at("/x-sdk-pagination/page").asText()).as(where).endsWith("Page");
                }
            }
        }
        assertThat(sdkOperations).isGreaterThanOrEqualTo(50);
        assertThat(operationIds).contains("beta.chat.create", "beta.chat.getSummary", "beta.directories.files.upload",
                "beta.indexes.list", "beta.retrieval.retrieve", "files.query", "projects.list");
    }

    @Test
    void the_chat_stream_is_described_as_server_sent_events() {
        JsonNode stream = server.send("GET", "/openapi.json", null, null).json()
                .at("/paths/~1api~1v1~1chat~1{session_id}~1messages~1stream/post");
        assertThat(stream.get("operationId").asText()).isEqualTo("beta.chat.stream");
        JsonNode events = stream.at("/responses/200/content/text~1event-stream");
        assertThat(events.get("x-sdk-stream").asBoolean()).isTrue();
        assertThat(events.at("/schema/$ref").asText()).isEqualTo("#/components/schemas/ChatEvent");
        assertThat(stream.at("/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/ChatStreamResponse");
    }

    @Test
    void every_reference_resolves_and_every_component_names_its_class() {
        JsonNode doc = server.send("GET", "/openapi.json", null, null).json();
        List<String> refs = doc.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(component(doc, ref).isObject()).as(ref).isTrue();
        }
        doc.at("/components/schemas").fields().forEachRemaining(c -> {
            assertThat(c.getValue().path("x-sdk-name").asText()).as(c.getKey()).matches("[A-Z][A-Za-z0-9]*");
            assertThat(c.getValue().path("x-sdk-package").asText()).as(c.getKey()).isNotEmpty();
            assertThat(c.getKey()).as("key of a class name shared between packages")
                    .isIn(c.getValue().get("x-sdk-name").asText(),
                            c.getValue().get("x-sdk-package").asText() + "." + c.getValue().get("x-sdk-name").asText());
            nestedSchemasHaveTitles(c.getKey(), c.getValue(), true);
        });
    }

    /** Inline objects with properties and inline enums become nested classes: each needs its class name. */
    private static void nestedSchemasHaveTitles(String where, JsonNode schema, boolean top) {
        if (!schema.isObject()) {
            return;
        }
        if (!top && (schema.has("properties") || schema.has("enum") || hasInlineVariant(schema))) {
            assertThat(schema.has("title")).as(where + " needs a title: " + schema).isTrue();
        }
        schema.path("properties").fields().forEachRemaining(p -> nestedSchemasHaveTitles(where + "." + p.getKey(),
                p.getValue(), false));
        nestedSchemasHaveTitles(where + "[]", schema.path("items"), false);
        if (schema.path("additionalProperties").isObject()) {
            nestedSchemasHaveTitles(where + "{}", schema.get("additionalProperties"), false);
        }
        for (JsonNode variant : schema.path("anyOf")) {
            if (!isNullOnly(variant) && !variant.has("$ref") && (variant.has("properties") || variant.has("enum"))) {
                nestedSchemasHaveTitles(where + "|", variant, false);
            }
        }
    }

    /** A union with a variant of its own; {@code anyOf [ref, null]} is just a nullable reference. */
    private static boolean hasInlineVariant(JsonNode schema) {
        for (JsonNode variant : schema.path("anyOf")) {
            if (!variant.has("$ref") && !isNullOnly(variant)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNullOnly(JsonNode schema) {
        return schema.path("type").asText().equals("null");
    }

    private static JsonNode component(JsonNode doc, String ref) {
        assertThat(ref).startsWith("#/components/schemas/");
        return doc.at("/components/schemas").path(ref.substring("#/components/schemas/".length()));
    }

    private static String successStatus(JsonNode responses) {
        for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
            String status = it.next();
            if (status.startsWith("2")) {
                return status;
            }
        }
        throw new AssertionError("no success status in " + responses);
    }
}
