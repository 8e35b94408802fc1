package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.Multipart;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls every SDK operation of the OpenAPI document on the real server, the way the SDK does
 * (found by operationId: the document's method and path), and checks each answer against the
 * document: its status is the documented one and its JSON conforms to the documented schema, with
 * no undocumented keys. Errors are checked the same way against the error statuses and shapes.
 */
class OpenApiConformanceTest {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    @TempDir
    static Path dataDir;
    static TestServer server;
    static JsonNode document;
    static SchemaValidator validator;
    static final Set<String> called = new TreeSet<>();
    /** Schema mismatches, gathered so that one run reports them all. */
    static final java.util.List<String> mismatches = new java.util.ArrayList<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        document = server.get("/openapi.json").json();
        validator = new SchemaValidator(document);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @org.junit.jupiter.api.BeforeEach
    void forget_mismatches_of_other_tests() {
        mismatches.clear();
    }

    @Test
    void every_sdk_operation_answers_what_the_document_says() {
        projectsAndKeys();
        String directory = call("beta.directories.create", Map.of(), "",
                "{\"name\": \"conformance\", \"description\": \"docs\"}").get("id").asText();
        call("beta.directories.list", Map.of(), "?types=user&include_deleted=false", null);
        call("beta.directories.get", Map.of("directory_id", directory), "", null);
        call("beta.directories.update", Map.of("directory_id", directory), "", "{\"description\": \"all docs\"}");

        String fileId = files();
        directoryFiles(directory, fileId);

        String index = call("beta.indexes.create", Map.of(), "",
                "{\"source_directory_id\": \"" + directory + "\", \"name\": \"conformance\"}").get("id").asText();
        awaitReady(index);
        call("beta.indexes.list", Map.of(), "?source_directory_id=" + directory, null);
        call("beta.indexes.get", Map.of("index_id", index), "?expand=sync_in_progress", null);
        call("beta.indexes.get", Map.of("index_id", index), "", null);
        call("beta.indexes.sync", Map.of("index_id", index), "", null);
        expect("beta.indexes.cancelSync", Map.of("index_id", index), "", null, 200, 409);
        awaitReady(index);

        retrieval(index);
        chat(index);
        parsing(fileId);

        call("files.delete", Map.of("file_id", fileId), "", null);
        call("beta.indexes.delete", Map.of("index_id", index), "", null);
        call("beta.directories.delete", Map.of("directory_id", directory), "", null);

        assertThat(mismatches).isEmpty();
        assertThat(called).containsExactlyInAnyOrderElementsOf(sdkOperations());
    }

    @Test
    void errors_answer_in_their_documented_status_and_shape() {
        expect("beta.chat.retrieve", Map.of("session_id", "no-such-session"), "", null, 404);
        expect("beta.indexes.create", Map.of(), "", "{\"name\": 3}", 422);
        expect("beta.directories.create", Map.of(), "", "{not json", 422);
        expect("beta.chat.list", Map.of(), "?page_token=not-a-token", null, 400);
        expect("beta.directories.list", Map.of(), "?project_id=no-such-project", null, 404);
        JsonNode op = operation("beta.directories.list");
        TestServer.Response noKey = server.send("GET", "/api/v1/beta/directories", null, null);
        checkAnswer("beta.directories.list", op, noKey);
        assertThat(noKey.status()).isEqualTo(401);
        assertThat(mismatches).isEmpty();
    }

    private void projectsAndKeys() {
        JsonNode projects = call("projects.list", Map.of(), "", null);
        String project = projects.get(0).get("id").asText();
        call("projects.get", Map.of("project_id", project), "", null);
        call("v2Projects.list", Map.of(), "", null);
        call("v2Projects.get", Map.of("project_id", project), "", null);
        String created = call("projects.create", Map.of(), "", "{\"name\": \"conformance\"}").get("id").asText();
        String key = call("apiKeys.create", Map.of("project_id", created), "", "{\"name\": \"ci\", \"role\": \"member\"}")
                .get("id").asText();
        call("apiKeys.list", Map.of("project_id", created), "", null);
        call("apiKeys.delete", Map.of("project_id", created, "key_id", key), "", null);
    }

    private String files() {
        String id = upload("files.create", Map.of(), new Multipart()
                .file("file", "guide.txt", "text/plain", "A guide to brewing tea at eighty degrees.".getBytes(StandardCharsets.UTF_8))
                .field("purpose", "user_data").field("external_file_id", "ext-1")).get("id").asText();
        call("files.list", Map.of(), "?expand=download_url&file_ids=" + id, null);
        call("files.retrieve", Map.of("file_id", id), "?expand=download_url", null);
        call("files.get", Map.of("file_id", id), "?expires_at_seconds=60", null);
        call("files.query", Map.of(), "", "{\"filter\": {\"external_file_id\": \"ext-1\"}, \"page_size\": 5}");
        return id;
    }

    private void directoryFiles(String directory, String fileId) {
        Map<String, String> dir = Map.of("directory_id", directory);
        String added = call("beta.directories.files.add", dir, "",
                "{\"file_id\": \"" + fileId + "\", \"metadata\": {\"team\": \"tea\", \"year\": 2024}}").get("id").asText();
        upload("beta.directories.files.upload", dir, new Multipart()
                .file("upload_file", "notes.txt", "text/plain",
                        "Revenue grew 31 percent in 2022 after the Asia launch.".getBytes(StandardCharsets.UTF_8))
                .field("metadata", "{\"team\": \"finance\"}"));
        call("beta.directories.files.list", dir, "?expand=download_url", null);
        Map<String, String> entry = Map.of("directory_id", directory, "directory_file_id", added);
        call("beta.directories.files.get", entry, "?expand=download_url", null);
        call("beta.directories.files.update", entry, "", "{\"display_name\": \"tea-guide.txt\"}");
        String extra = upload("beta.directories.files.upload", dir, new Multipart()
                .unnamedFile("upload_file", "short-lived".getBytes(StandardCharsets.UTF_8))
                .field("display_name", "gone.txt")).get("id").asText();
        call("beta.directories.files.delete", Map.of("directory_id", directory, "directory_file_id", extra), "", null);
    }

    private void retrieval(String index) {
        JsonNode results = call("beta.retrieval.retrieve", Map.of(), "",
                "{\"index_id\": \"" + index + "\", \"query\": \"revenue growth\", \"top_k\": 3}").get("results");
        assertThat(results.size()).isPositive();
        String source = results.get(0).at("/static_fields/parsed_directory_file_id").asText();
        JsonNode found = call("beta.retrieval.find", Map.of(), "",
                "{\"index_id\": \"" + index + "\", \"page_size\": 1}");
        String file = found.at("/items/0/file_id").asText();
        call("beta.retrieval.grep", Map.of(), "", "{\"index_id\": \"" + index + "\", \"file_id\": \"" + file
                + "\", \"pattern\": \"[a-z]+\", \"context_chars\": 5, \"page_size\": 2}");
        call("beta.retrieval.read", Map.of(), "", "{\"index_id\": \"" + index + "\", \"file_id\": \"" + file
                + "\", \"offset\": 0, \"max_length\": 20}");
        call("beta.attachments.list", Map.of(), "?source_id=" + source, null);
        // Text files have no screenshots: the documented not-found answer.
        expect("beta.attachments.get", Map.of("attachment_name", "screenshots/page_1.jpg"), "?source_id=" + source,
                null, 404);
    }

    private void chat(String index) {
        String session = call("beta.chat.create", Map.of(), "", "{\"index_ids\": [\"" + index + "\"]}")
                .get("session_id").asText();
        String turn = "{\"index_ids\": [\"" + index + "\"], \"prompt\": \"How much did revenue grow?\"}";
        SseClient.Stream stream = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, turn);
        assertThat(stream.status()).isEqualTo(200);
        JsonNode streamOp = operation("beta.chat.stream");
        JsonNode eventSchema = streamOp.at("/responses/200/content/text~1event-stream/schema");
        assertThat(streamOp.at("/responses/200/content/text~1event-stream/x-sdk-stream").asBoolean()).isTrue();
        assertThat(stream.events()).isNotEmpty();
        for (SseClient.Event event : stream.events()) {
            validator.validate(event.data(), eventSchema).forEach(e -> mismatches.add("beta.chat.stream event " + e));
        }
        // The official Java SDK reads the same route as one JSON object.
        TestServer.Response json = javaSdkTurn(session, turn);
        checkAnswer("beta.chat.stream", streamOp, json);
        called.add("beta.chat.stream");

        call("beta.chat.list", Map.of(), "?page_size=5", null);
        call("beta.chat.retrieve", Map.of("session_id", session), "", null);
        call("beta.chat.getSummary", Map.of("session_id", session), "", null);
        call("beta.chat.delete", Map.of("session_id", session), "", null);
    }

    private void parsing(String fileId) {
        call("parsing.listVersions", Map.of(), "", null);
        String job = call("parsing.create", Map.of(), "", "{\"file_id\": \"" + fileId + "\", \"tier\": \"fast\", \"version\": \"latest\"}")
                .get("id").asText();
        String uploaded = upload("parsing.upload", Map.of(), new Multipart()
                .file("file", "page.txt", "text/plain", "Page one text.".getBytes(StandardCharsets.UTF_8))
                .field("configuration", "{\"tier\": \"fast\", \"version\": \"latest\"}")).get("id").asText();
        call("parsing.list", Map.of(), "?page_size=10", null);
        long deadline = System.currentTimeMillis() + 60_000;
        while (!call("parsing.get", Map.of("job_id", job), "", null).at("/job/status").asText().equals("COMPLETED")) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            sleep(50);
        }
        call("parsing.get", Map.of("job_id", job), "?expand=text,markdown,items,metadata,text_full,markdown_full", null);
        expect("parsing.cancel", Map.of("job_id", uploaded), "", null, 200, 409);
        awaitFinished(uploaded);
        call("parsing.delete", Map.of("job_id", job), "", null);
    }

    private void awaitFinished(String job) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (Set.of("PENDING", "RUNNING").contains(
                server.get("/api/v2/parse/" + job).json().at("/job/status").asText())) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            sleep(50);
        }
    }

    private static void awaitReady(String index) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            JsonNode state = server.get("/api/v1/indexes/" + index + "?expand=sync_in_progress").json();
            if (state.at("/metadata/status").asText().equals("ready") && !state.get("sync_in_progress").asBoolean()) {
                return;
            }
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            sleep(50);
        }
    }

    /** Calls an operation expecting its documented success; answers the JSON body (or null for 204). */
    private static JsonNode call(String operationId, Map<String, String> pathParams, String query, String body) {
        JsonNode op = operation(operationId);
        if (body != null) {
            // What the test sends is what the document says a client may send.
            JsonNode schema = op.at("/requestBody/content/application~1json/schema");
            assertThat(schema.isMissingNode()).as(operationId + " documents a JSON body").isFalse();
            validator.validate(dev.quire.common.Json.read(body), schema)
                    .forEach(e -> mismatches.add(operationId + " request " + e));
        }
        TestServer.Response r = server.send(method(operationId), path(op, pathParams) + query, body,
                TestServer.ADMIN_KEY);
        return checkSuccess(operationId, op, r);
    }

    private static JsonNode upload(String operationId, Map<String, String> pathParams, Multipart form) {
        JsonNode op = operation(operationId);
        assertThat(op.has("requestBody")).isTrue();
        assertThat(op.at("/requestBody/content/multipart~1form-data").isObject()).as(operationId).isTrue();
        return checkSuccess(operationId, op, server.upload(path(op, pathParams), form));
    }

    /** Calls an operation expecting one of {@code statuses}, each of which the document must list. */
    private static void expect(String operationId, Map<String, String> pathParams, String query, String body,
                               Integer... statuses) {
        JsonNode op = operation(operationId);
        TestServer.Response r = server.send(method(operationId), path(op, pathParams) + query, body,
                TestServer.ADMIN_KEY);
        assertThat(r.status()).as(operationId + ": " + r.body()).isIn((Object[]) statuses);
        checkAnswer(operationId, op, r);
        called.add(operationId);
    }

    private static JsonNode checkSuccess(String operationId, JsonNode op, TestServer.Response r) {
        String success = successStatus(op);
        assertThat(String.valueOf(r.status())).as(operationId + ": " + r.body()).isEqualTo(success);
        checkAnswer(operationId, op, r);
        called.add(operationId);
        return r.body().isEmpty() ? null : r.json();
    }

    /** The answer's status is documented, and its JSON body conforms to the schema documented for it. */
    private static void checkAnswer(String operationId, JsonNode op, TestServer.Response r) {
        JsonNode response = op.path("responses").path(String.valueOf(r.status()));
        assertThat(response.isObject()).as(operationId + " documents status " + r.status()).isTrue();
        JsonNode schema = response.at("/content/application~1json/schema");
        if (r.status() == 204) {
            assertThat(r.body()).isEmpty();
            assertThat(response.has("content")).isFalse();
            return;
        }
        assertThat(schema.isMissingNode()).as(operationId + " documents a JSON answer for " + r.status()).isFalse();
        validator.validate(r.json(), schema).forEach(e -> mismatches.add(operationId + " " + r.status() + " " + e));
    }

    private static String successStatus(JsonNode op) {
        for (Iterator<String> it = op.path("responses").fieldNames(); it.hasNext(); ) {
            String status = it.next();
            if (status.startsWith("2")) {
                return status;
            }
        }
        throw new AssertionError("no success status");
    }

    private static TestServer.Response javaSdkTurn(String session, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/chat/" + session
                        + "/messages/stream"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + TestServer.ADMIN_KEY)
                .header("Content-Type", "application/json")
                .header("X-Stainless-Lang", "java")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new TestServer.Response(r.statusCode(), r.body(), r.headers());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, String[]> LOCATIONS = new LinkedHashMap<>();

    /** The operation with this operationId, remembering its method and path. */
    private static JsonNode operation(String operationId) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (operationId.equals(op.getValue().path("operationId").asText())) {
                    LOCATIONS.put(operationId, new String[] {op.getKey(), path.getKey()});
                    return op.getValue();
                }
            }
        }
        throw new AssertionError("no operation " + operationId);
    }

    private static String method(String operationId) {
        return LOCATIONS.get(operationId)[0].toUpperCase(java.util.Locale.ROOT);
    }

    private static String path(JsonNode op, Map<String, String> params) {
        String operationId = op.get("operationId").asText();
        Matcher m = PATH_PARAM.matcher(LOCATIONS.get(operationId)[1]);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            assertThat(value).as(operationId + " path parameter " + m.group(1)).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(
                    java.net.URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Set<String> sdkOperations() {
        Set<String> ids = new TreeSet<>();
        document.get("paths").forEach(item -> item.forEach(op -> {
            if (!op.path("x-sdk-skip").asBoolean()) {
                ids.add(op.get("operationId").asText());
            }
        }));
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
