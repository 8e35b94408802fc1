package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.common.Json;
import dev.quire.testing.Multipart;
import dev.quire.testing.RawHttp;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input over every endpoint family against one real server: each case must answer its 4xx with a
 * JSON {@code {"detail": ...}} body, change nothing (every family's listing is identical before and
 * after) and leave the server serving.
 */
class BadInputTest {
    /** Large enough for a 2 MB form field to be legal, small enough to send a too-large upload. */
    private static final int UPLOAD_LIMIT = 3 * 1024 * 1024;

    @TempDir
    static Path dataDir;
    static TestServer server;
    static final Map<String, String> ids = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(Config.forTesting(dataDir, TestServer.ADMIN_KEY).withMaxUploadBytes(UPLOAD_LIMIT));
        ids.put("{proj}", server.get("/api/v1/projects").json().get(0).get("id").asText());
        String dir = create("/api/v1/beta/directories", "{\"name\": \"bad-input\"}");
        ids.put("{dir2}", create("/api/v1/beta/directories", "{\"name\": \"bad-input-2\"}"));
        ids.put("{dir}", dir);
        JsonNode entry = upload(dir, "alpha.txt", "alpha beta gamma alpha beta gamma alpha. " .repeat(20));
        upload(dir, "beta.txt", "The second file mentions alpha once.");
        ids.put("{dfile}", entry.get("id").asText());
        ids.put("{file}", entry.get("file_id").asText());
        TestServer.Response plain = server.upload("/api/v1/beta/files", new Multipart()
                .file("file", "plain.txt", "text/plain", "plain".getBytes(StandardCharsets.UTF_8))
                .field("purpose", "user_data"));
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        String index = create("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\", \"name\": \"bad-input\"}");
        String empty = create("/api/v1/beta/directories", "{\"name\": \"empty\"}");
        create("/api/v1/indexes", "{\"source_directory_id\": \"" + empty + "\", \"name\": \"empty\"}");
        ids.put("{index}", index);
        awaitReady(index);
        JsonNode found = server.post("/api/v1/retrieval/files/find", "{\"index_id\": \"" + index + "\"}").json();
        ids.put("{parsed}", found.at("/items/0/file_id").asText());
        ids.put("{session}", create("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}"));
        create("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}");
        // A file on which a pattern within the size limits still needs far longer than the scan limit.
        String slowDir = create("/api/v1/beta/directories", "{\"name\": \"slow\"}");
        upload(slowDir, "ab.txt", "ab".repeat(100_000));
        String slowIndex = create("/api/v1/indexes", "{\"source_directory_id\": \"" + slowDir
                + "\", \"name\": \"slow\", \"vector_target\": \"DISABLED\"}");
        awaitReady(slowIndex);
        ids.put("{slow-index}", slowIndex);
        ids.put("{slow-file}", server.post("/api/v1/retrieval/files/find", "{\"index_id\": \"" + slowIndex + "\"}")
                .json().at("/items/0/file_id").asText());
        ids.put("{tok-files}", token("/api/v1/beta/files?page_size=1"));
        ids.put("{tok-dirs}", token("/api/v1/beta/directories?page_size=1"));
        ids.put("{tok-dfiles}", token("/api/v1/beta/directories/" + dir + "/files?page_size=1"));
        ids.put("{tok-indexes}", token("/api/v1/indexes?page_size=1"));
        ids.put("{tok-chat}", token("/api/v1/chat?page_size=1"));
        ids.put("{tok-grep}", server.post("/api/v1/retrieval/files/grep", "{\"index_id\": \"" + index
                + "\", \"file_id\": \"" + ids.get("{parsed}") + "\", \"pattern\": \"alpha\", \"page_size\": 1}")
                .json().get("next_page_token").asText());
        ids.put("{tok-query}", server.post("/api/v1/beta/files/query", "{\"page_size\": 1}")
                .json().get("next_page_token").asText());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String create(String path, String body) {
        TestServer.Response r = server.post(path, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode json = r.json();
        return (json.has("id") ? json.get("id") : json.get("session_id")).asText();
    }

    private static JsonNode upload(String dir, String name, String text) {
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart()
                .file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8))
                .field("metadata", "{\"year\": 2020}"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static String token(String path) {
        String token = server.get(path).json().get("next_page_token").asText();
        assertThat(token).as(path).isNotBlank();
        return token;
    }

    private static void awaitReady(String index) {
        long deadline = System.currentTimeMillis() + 120_000;
        while (!server.get("/api/v1/indexes/" + index).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Every family's objects, as the API lists them: nothing here may change on bad input. */
    private static String state() {
        String dir = ids.get("{dir}");
        return String.join("\n",
                server.get("/api/v1/projects").body(),
                server.get("/api/v1/beta/files?page_size=1000").body(),
                server.get("/api/v1/beta/directories?page_size=1000&include_deleted=true").body(),
                server.get("/api/v1/beta/directories/" + dir + "/files?page_size=1000&include_deleted=true").body(),
                server.get("/api/v1/indexes?page_size=1000").body(),
                server.get("/api/v1/chat?page_size=1000").body(),
                server.get("/api/v1/chat/" + ids.get("{session}")).body(),
                server.get("/api/v1/beta/attachments?source_id=" + ids.get("{parsed}")).body());
    }

    /**
     * One bad request. {@code send} runs it against the server (placeholders already replaced);
     * {@code type} is the expected 422 error type or, for other statuses, a substring of the detail.
     */
    record Case(String family, String name, int status, String type, Supplier<RawHttp.Reply> send) {
        @Override
        public String toString() {
            return family + ": " + name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answers_4xx_json_and_changes_nothing(Case c) {
        String before = state();
        RawHttp.Reply reply = c.send().get();

        assertThat(reply.status()).as(reply.body()).isEqualTo(c.status());
        assertThat(reply.header("content-type")).as(reply.body()).startsWith("application/json");
        JsonNode detail = Json.read(reply.body()).get("detail");
        assertThat(detail).as(reply.body()).isNotNull();
        if (c.type() != null) {
            if (c.status() == 422) {
                assertThat(detail.isArray()).as(reply.body()).isTrue();
                assertThat(detail.get(0).get("type").asText()).as(reply.body()).isEqualTo(c.type());
                assertThat(detail.get(0).get("loc").isArray()).isTrue();
            } else {
                assertThat(detail.asText()).as(reply.body()).contains(c.type());
            }
        }
        assertThat(server.get("/healthz").status()).isEqualTo(200);
        assertThat(state()).isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void refused_and_accepted_uploads_leave_no_part_files_behind() throws java.io.IOException {
        // The metadata is larger than what multipart parsing keeps in memory, so it is spooled to disk.
        String metadata = "{\"owner\": \"" + "m".repeat(200_000) + "\"}";
        String path = "/api/v1/beta/directories/" + ids.get("{dir}") + "/files/upload";
        Multipart refused = new Multipart().field("metadata", metadata)
                .file("upload_file", "big.bin", "application/octet-stream", new byte[UPLOAD_LIMIT + 1]);
        assertRefused(path, refused);
        assertRefused(path, new Multipart()
                .file("upload_file", "big.bin", "application/octet-stream", new byte[UPLOAD_LIMIT + 1])
                .field("metadata", metadata));
        Multipart accepted = new Multipart().field("metadata", metadata)
                .file("upload_file", "spooled.txt", "text/plain", new byte[] {'a'});
        // Into a directory no index reads, so no sync runs while other cases compare listings.
        String unindexed = "/api/v1/beta/directories/" + ids.get("{dir2}") + "/files";
        TestServer.Response ok = server.upload(unindexed + "/upload", accepted);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(server.delete(unindexed + "/" + ok.json().get("id").asText()).status()).isEqualTo(204);

        assertThat(partFiles()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void a_grep_scan_stops_at_its_time_limit_with_422() {
        long started = System.nanoTime();
        TestServer.Response r = server.post("/api/v1/retrieval/files/grep", fill("{\"index_id\": \"{slow-index}\", "
                + "\"file_id\": \"{slow-file}\", \"pattern\": \"(a|b|ab|ba){3,900}x\"}"));
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(r.status()).as(r.body()).isEqualTo(422);
        assertThat(r.json().at("/detail/0/loc/1").asText()).isEqualTo("pattern");
        assertThat(r.json().at("/detail/0/msg").asText()).contains("time");
        assertThat(seconds).isLessThan(15);
    }

    @org.junit.jupiter.api.Test
    void a_file_name_with_an_overlong_extension_is_stored_without_a_type() {
        TestServer.Response r = server.upload("/api/v1/beta/files", new Multipart()
                .file("file", "a." + "x".repeat(300), "text/plain", new byte[] {'a'}).field("purpose", "user_data"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("file_type").isNull()).isTrue();
    }

    /**
     * 413, or the connection closed early: HTTP lets a server stop reading an oversized body, and
     * Jetty sometimes closes before the client has read the answer. Nothing may be stored either way.
     */
    private static void assertRefused(String path, Multipart form) {
        try {
            TestServer.Response r = server.upload(path, form);
            assertThat(r.status()).as(r.body()).isEqualTo(413);
        } catch (java.io.UncheckedIOException connectionClosed) {
            assertThat(server.get("/healthz").status()).isEqualTo(200);
        }
    }

    private static List<Path> partFiles() throws java.io.IOException {
        Path uploads = dataDir.resolve("tmp").resolve("uploads");
        assertThat(uploads).isDirectory();
        try (Stream<Path> all = java.nio.file.Files.walk(uploads)) {
            return all.filter(java.nio.file.Files::isRegularFile).toList();
        }
    }

    // ---- the cases ----

    static Stream<Case> cases() {
        List<Case> all = new ArrayList<>();
        malformedBodies(all);
        pageTokens(all);
        tooLong(all);
        wrongTypes(all);
        protocol(all);
        multipart(all);
        unknownIds(all);
        nulCharacters(all);
        return all.stream();
    }

    /** The JSON endpoints, by family. */
    private static final String[][] JSON_ENDPOINTS = {
            {"projects", "POST", "/api/v1/projects"},
            {"api-keys", "POST", "/api/v1/projects/{proj}/api-keys"},
            {"files", "POST", "/api/v1/beta/files/query"},
            {"directories", "POST", "/api/v1/beta/directories"},
            {"directories", "PATCH", "/api/v1/beta/directories/{dir}"},
            {"directory files", "POST", "/api/v1/beta/directories/{dir}/files"},
            {"directory files", "PATCH", "/api/v1/beta/directories/{dir}/files/{dfile}"},
            {"indexes", "POST", "/api/v1/indexes"},
            {"retrieval", "POST", "/api/v1/retrieval/retrieve"},
            {"retrieval", "POST", "/api/v1/retrieval/files/find"},
            {"retrieval", "POST", "/api/v1/retrieval/files/grep"},
            {"retrieval", "POST", "/api/v1/retrieval/files/read"},
            {"chat", "POST", "/api/v1/chat"},
            {"chat stream", "POST", "/api/v1/chat/{session}/messages/stream"},
    };

    private static void malformedBodies(List<Case> all) {
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("trailing garbage", "{\"name\": \"x\"} garbage");
        bodies.put("two objects", "{\"name\": \"x\"}{\"name\": \"y\"}");
        bodies.put("unterminated", "{\"name\": ");
        bodies.put("trailing comma", "{\"name\": \"x\",}");
        for (String[] e : JSON_ENDPOINTS) {
            bodies.forEach((what, body) -> all.add(json(e[0], e[1], e[2], what, body, 422, "json_invalid")));
            all.add(json(e[0], e[1], e[2], "an array", "[1, 2]", 422, "model_attributes_type"));
            all.add(json(e[0], e[1], e[2], "a string", "\"text\"", 422, "model_attributes_type"));
            all.add(new Case(e[0], e[1] + " " + e[2] + " body ends before Content-Length", 400, null,
                    () -> RawHttp.send(server.main().port(), e[1] + " " + fill(e[2]) + " HTTP/1.1\r\nHost: x\r\n"
                            + "Authorization: Bearer " + TestServer.ADMIN_KEY + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: 500", "{\"name\": \"trunc".getBytes(StandardCharsets.UTF_8), true)));
        }
    }

    private static void pageTokens(List<Case> all) {
        String[][] lists = {
                {"files", "/api/v1/beta/files?page_size=1&page_token=", "{tok-files}"},
                {"directories", "/api/v1/beta/directories?page_size=1&page_token=", "{tok-dirs}"},
                {"directory files", "/api/v1/beta/directories/{dir}/files?page_size=1&page_token=", "{tok-dfiles}"},
                {"indexes", "/api/v1/indexes?page_size=1&page_token=", "{tok-indexes}"},
                {"chat", "/api/v1/chat?page_size=1&page_token=", "{tok-chat}"},
        };
        for (String[] l : lists) {
            all.add(get(l[0], "forged token, non-numeric sort key", l[1] + "@forge:" + l[2] + ":abc", 400,
                    "Invalid page_token"));
            all.add(get(l[0], "forged token, sort key overflows", l[1] + "@forge:" + l[2] + ":99999999999999999999",
                    400, "Invalid page_token"));
            all.add(get(l[0], "forged token, empty sort key", l[1] + "@forge:" + l[2] + ":", 400, "Invalid page_token"));
            all.add(get(l[0], "garbage token", l[1] + "not-a-token!", 400, "Invalid page_token"));
            all.add(get(l[0], "token of another list", l[1] + (l[2].equals("{tok-chat}") ? "{tok-dirs}" : "{tok-chat}"),
                    400, "Invalid page_token"));
        }
        all.add(get("attachments", "garbage token", "/api/v1/beta/attachments?source_id={parsed}&page_token=zzz", 400,
                "Invalid page_token"));
        String grep = "{\"index_id\": \"{index}\", \"file_id\": \"{parsed}\", \"pattern\": \"alpha\", \"page_size\": 1, ";
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/grep", "negative grep position",
                grep + "\"page_token\": \"@forge:{tok-grep}:-5\"}", 400, "Invalid page_token"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/grep", "non-numeric grep position",
                grep + "\"page_token\": \"@forge:{tok-grep}:abc\"}", 400, "Invalid page_token"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/grep", "grep position past the int range",
                grep + "\"page_token\": \"@forge:{tok-grep}:99999999999\"}", 400, "Invalid page_token"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/find", "garbage find token",
                "{\"index_id\": \"{index}\", \"page_token\": \"AAAA\"}", 400, "Invalid page_token"));
        all.add(json("files", "POST", "/api/v1/beta/files/query", "forged query token",
                "{\"page_size\": 1, \"page_token\": \"@forge:{tok-query}:abc\"}", 400, "Invalid page_token"));
        all.add(json("files", "POST", "/api/v1/beta/files/query", "garbage query token",
                "{\"page_size\": 1, \"page_token\": \"@@@\"}", 400, "Invalid page_token"));
    }

    private static void tooLong(List<Case> all) {
        String s256 = "p".repeat(256);
        String s1025 = "n".repeat(1025);
        all.add(json("projects", "POST", "/api/v1/projects", "name over 255", "{\"name\": \"" + s256 + "\"}", 422,
                "string_too_long"));
        all.add(json("api-keys", "POST", "/api/v1/projects/{proj}/api-keys", "name over 255",
                "{\"name\": \"" + s256 + "\"}", 422, "string_too_long"));
        all.add(json("indexes", "POST", "/api/v1/indexes", "name over 1024",
                "{\"source_directory_id\": \"{dir}\", \"name\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directories", "POST", "/api/v1/beta/directories", "name over 1024",
                "{\"name\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directories", "PATCH", "/api/v1/beta/directories/{dir}", "name over 1024",
                "{\"name\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directory files", "POST", "/api/v1/beta/directories/{dir}/files", "display_name over 1024",
                "{\"file_id\": \"{file}\", \"display_name\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directory files", "POST", "/api/v1/beta/directories/{dir}/files", "unique_id over 1024",
                "{\"file_id\": \"{file}\", \"unique_id\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directory files", "PATCH", "/api/v1/beta/directories/{dir}/files/{dfile}",
                "display_name over 1024", "{\"display_name\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(json("directory files", "PATCH", "/api/v1/beta/directories/{dir}/files/{dfile}",
                "unique_id over 1024", "{\"unique_id\": \"" + s1025 + "\"}", 422, "string_too_long"));
        all.add(upload("files", "external_file_id over 1024", "/api/v1/beta/files", () -> new Multipart()
                .file("file", "a.txt", "text/plain", new byte[] {'a'}).field("purpose", "user_data")
                .field("external_file_id", s1025), 422, "string_too_long"));
        all.add(upload("files", "file name over 1024", "/api/v1/beta/files", () -> new Multipart()
                .file("file", s1025, "text/plain", new byte[] {'a'}).field("purpose", "user_data"), 422, "string_too_long"));
        all.add(upload("directory files", "display_name over 1024", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("display_name", s1025), 422, "string_too_long"));
        all.add(upload("directory files", "unique_id over 1024", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("unique_id", s1025), 422, "string_too_long"));
    }

    private static void wrongTypes(List<Case> all) {
        String retrieve = "/api/v1/retrieval/retrieve";
        String base = "{\"index_id\": \"{index}\", \"query\": \"alpha\", ";
        all.add(json("retrieval", "POST", retrieve, "rerank.enabled not a boolean", base + "\"rerank\": {\"enabled\": \"yes\"}}",
                422, "bool_type"));
        all.add(json("retrieval", "POST", retrieve, "rerank.enabled a number", base + "\"rerank\": {\"enabled\": 1}}",
                422, "bool_type"));
        all.add(json("retrieval", "POST", retrieve, "rerank.top_n a string", base + "\"rerank\": {\"top_n\": \"5\"}}",
                422, "int_type"));
        all.add(json("retrieval", "POST", retrieve, "rerank.top_n a fraction", base + "\"rerank\": {\"top_n\": 2.5}}",
                422, "int_type"));
        all.add(json("retrieval", "POST", retrieve, "rerank not an object", base + "\"rerank\": true}", 422, "dict_type"));
        all.add(json("retrieval", "POST", retrieve, "range bound a string",
                base + "\"custom_filters\": {\"year\": [{\"operator\": \"gte\", \"value\": \"abc\"}]}}", 422, "value_error"));
        all.add(json("retrieval", "POST", retrieve, "range bound a boolean",
                base + "\"custom_filters\": {\"year\": [{\"operator\": \"lte\", \"value\": true}, "
                        + "{\"operator\": \"gte\", \"value\": 1}]}}", 422, "value_error"));
        all.add(json("retrieval", "POST", retrieve, "range bound list of strings",
                base + "\"custom_filters\": {\"year\": [{\"operator\": \"in\", \"value\": [\"a\"]}]}}", 422, "value_error"));
        all.add(json("retrieval", "POST", retrieve, "unknown operator",
                base + "\"custom_filters\": {\"year\": {\"operator\": \"near\", \"value\": 1}}}", 422, "value_error"));
        all.add(json("retrieval", "POST", retrieve, "custom_filters a list", base + "\"custom_filters\": [1]}", 422,
                "dict_type"));
        all.add(json("retrieval", "POST", retrieve, "top_k a string", base + "\"top_k\": \"10\"}", 422, "int_type"));
        all.add(json("retrieval", "POST", retrieve, "top_k zero", base + "\"top_k\": 0}", 422, "value_error"));
        all.add(json("retrieval", "POST", retrieve, "query a number", "{\"index_id\": \"{index}\", \"query\": 5}", 422,
                "string_type"));
        all.add(json("retrieval", "POST", retrieve, "query missing", "{\"index_id\": \"{index}\"}", 422, "missing"));
        all.add(json("retrieval", "POST", retrieve, "weight above 1", base + "\"vector_pipeline_weight\": 2}", 422,
                "value_error"));
        all.add(json("retrieval", "POST", retrieve, "unknown index", "{\"index_id\": \"idx-nope\", \"query\": \"a\"}",
                404, null));
        String grep = "/api/v1/retrieval/files/grep";
        String g = "{\"index_id\": \"{index}\", \"file_id\": \"{parsed}\", ";
        all.add(json("retrieval", "POST", grep, "nested repetition over the bound",
                g + "\"pattern\": \"(a{1000}){1000}\"}", 422, "value_error"));
        all.add(json("retrieval", "POST", grep, "three nested repetitions",
                g + "\"pattern\": \"((a{20}){20}){20}\"}", 422, "value_error"));
        all.add(json("retrieval", "POST", grep, "repetition of a class over the bound",
                g + "\"pattern\": \"([a-z]{50}|b){50}\"}", 422, "value_error"));
        all.add(json("retrieval", "POST", grep, "invalid regex", g + "\"pattern\": \"(\"}", 422, "value_error"));
        all.add(json("retrieval", "POST", grep, "empty pattern", g + "\"pattern\": \"\"}", 422, "value_error"));
        all.add(json("retrieval", "POST", grep, "pattern too long", g + "\"pattern\": \"" + "a".repeat(1001) + "\"}",
                422, "value_error"));
        all.add(json("retrieval", "POST", grep, "negative context", g + "\"pattern\": \"a\", \"context_chars\": -1}",
                422, "value_error"));
        all.add(json("retrieval", "POST", grep, "unknown file", "{\"index_id\": \"{index}\", \"file_id\": \"nope\", "
                + "\"pattern\": \"a\"}", 404, null));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/read", "negative offset",
                g + "\"offset\": -1}", 422, "value_error"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/read", "max_length zero",
                g + "\"max_length\": 0}", 422, "value_error"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/find", "page_size zero",
                "{\"index_id\": \"{index}\", \"page_size\": 0}", 422, "greater_than_equal"));
        all.add(json("retrieval", "POST", "/api/v1/retrieval/files/find", "file_name a list",
                "{\"index_id\": \"{index}\", \"file_name\": [\"a\"]}", 422, "string_type"));

        all.add(json("chat", "POST", "/api/v1/chat", "index_ids a string", "{\"index_ids\": \"x\"}", 422, "list_type"));
        all.add(json("chat", "POST", "/api/v1/chat", "shared_access unknown", "{\"shared_access\": \"all\"}", 422,
                "literal_error"));
        String stream = "/api/v1/chat/{session}/messages/stream";
        all.add(json("chat stream", "POST", stream, "prompt a number", "{\"index_ids\": [\"{index}\"], \"prompt\": 5}",
                422, "string_type"));
        all.add(json("chat stream", "POST", stream, "prompt empty", "{\"index_ids\": [\"{index}\"], \"prompt\": \"\"}",
                422, "value_error"));
        all.add(json("chat stream", "POST", stream, "prompt over the limit",
                "{\"index_ids\": [\"{index}\"], \"prompt\": \"" + "w ".repeat(10_001) + "\"}", 422, "value_error"));
        all.add(json("chat stream", "POST", stream, "no index_ids", "{\"prompt\": \"hi\"}", 422, "missing"));
        all.add(json("chat stream", "POST", stream, "require_all_indexes a string",
                "{\"index_ids\": [\"{index}\"], \"prompt\": \"hi\", \"require_all_indexes\": \"yes\"}", 422, "bool_type"));
        all.add(json("chat stream", "POST", "/api/v1/chat/ses-nope/messages/stream", "unknown session",
                "{\"index_ids\": [\"{index}\"], \"prompt\": \"hi\"}", 404, null));

        all.add(json("directories", "POST", "/api/v1/beta/directories", "type index", "{\"name\": \"x\", \"type\": \"index\"}",
                422, "literal_error"));
        all.add(json("directories", "POST", "/api/v1/beta/directories", "name missing", "{}", 422, "missing"));
        all.add(json("directories", "POST", "/api/v1/beta/directories", "name a number", "{\"name\": 5}", 422,
                "string_type"));
        all.add(json("directories", "POST", "/api/v1/beta/directories", "bad expires_at",
                "{\"name\": \"x\", \"expires_at\": \"tomorrow\"}", 422, "datetime_parsing"));
        all.add(get("directories", "unknown type filter", "/api/v1/beta/directories?types=bogus", 422, "literal_error"));
        all.add(get("directories", "include_deleted not a boolean", "/api/v1/beta/directories?include_deleted=maybe",
                422, "bool_parsing"));
        all.add(get("directories", "page_size zero", "/api/v1/beta/directories?page_size=0", 422, "greater_than_equal"));
        all.add(get("directories", "page_size not a number", "/api/v1/beta/directories?page_size=ten", 422,
                "int_parsing"));
        all.add(json("directory files", "POST", "/api/v1/beta/directories/{dir}/files", "metadata a string",
                "{\"file_id\": \"{file}\", \"metadata\": \"x\"}", 422, "dict_type"));
        all.add(json("directory files", "POST", "/api/v1/beta/directories/{dir}/files", "file_id missing", "{}", 422,
                "missing"));
        all.add(get("directory files", "bad updated_at filter",
                "/api/v1/beta/directories/{dir}/files?updated_at_on_or_after=soon", 422, "datetime_parsing"));
        all.add(json("indexes", "POST", "/api/v1/indexes", "sync_frequency unknown",
                "{\"source_directory_id\": \"{dir}\", \"sync_frequency\": \"hourly\"}", 422, "enum"));
        all.add(json("indexes", "POST", "/api/v1/indexes", "source missing", "{\"name\": \"x\"}", 422, "missing"));
        all.add(json("indexes", "POST", "/api/v1/indexes", "products not a list",
                "{\"source_directory_id\": \"{dir}\", \"products\": 3}", 422, "list_type"));
        all.add(json("indexes", "POST", "/api/v1/indexes", "unknown source directory",
                "{\"source_directory_id\": \"dir-nope\"}", 404, null));
        all.add(json("files", "POST", "/api/v1/beta/files/query", "page_size a string", "{\"page_size\": \"a\"}", 422,
                "int_type"));
        all.add(json("files", "POST", "/api/v1/beta/files/query", "order_by unknown", "{\"order_by\": \"size\"}", 422,
                "literal_error"));
        all.add(get("files", "expires_at_seconds zero", "/api/v1/beta/files/{file}/content?expires_at_seconds=0", 422,
                "less_than_equal"));
        all.add(get("files", "expires_at_seconds not a number", "/api/v1/beta/files/{file}/content?expires_at_seconds=x",
                422, "int_parsing"));
        all.add(json("projects", "POST", "/api/v1/projects", "name empty", "{\"name\": \"  \"}", 422, "string_too_short"));
        all.add(json("projects", "POST", "/api/v1/projects", "name a number", "{\"name\": 5}", 422, "string_type"));
        all.add(json("api-keys", "POST", "/api/v1/projects/{proj}/api-keys", "role unknown", "{\"role\": \"root\"}", 422,
                "literal_error"));
        all.add(json("api-keys", "POST", "/api/v1/projects/prj-nope/api-keys", "unknown project", "{}", 404, null));
        all.add(get("attachments", "source_id missing", "/api/v1/beta/attachments", 422, "missing"));
        all.add(get("attachments", "unknown attachment", "/api/v1/beta/attachments/nope.jpg?source_id={parsed}", 404,
                null));
        all.add(get("storage", "forged download token", "/storage/v1/objects/abc.def", 403, null));
        all.add(get("storage", "empty-looking download token", "/storage/v1/objects/%20", 403, null));
    }

    private static void protocol(List<Case> all) {
        String auth = "\r\nHost: x\r\nAuthorization: Bearer " + TestServer.ADMIN_KEY;
        all.add(raw("chat", "request line over the limit (414)", "GET /api/v1/chat?x=" + "a".repeat(20_000)
                + " HTTP/1.1" + auth, 414));
        all.add(raw("chat", "header over the limit (431)", "GET /api/v1/chat HTTP/1.1" + auth + "\r\nX-Big: "
                + "b".repeat(20_000), 431));
        for (String path : List.of("/api/v1/beta/directories/%00", "/api/v1/beta/files/%00", "/api/v1/indexes/%00",
                "/api/v1/chat/%00", "/storage/v1/objects/%00")) {
            all.add(raw("protocol", "NUL in path " + path, "GET " + path + " HTTP/1.1" + auth, 400));
        }
        all.add(raw("protocol", "header line without a colon", "GET /api/v1/chat HTTP/1.1" + auth + "\r\nno colon here",
                400));
        all.add(raw("protocol", "bad Content-Length", "POST /api/v1/chat HTTP/1.1" + auth + "\r\nContent-Length: abc", 400));
        all.add(new Case("retrieval", "JSON body over the size limit", 413, null, () -> RawHttp.send(server.main().port(),
                "POST /api/v1/retrieval/retrieve HTTP/1.1" + auth + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + (2 * 1024 * 1024), ("{\"query\": \"" + "q".repeat(2 * 1024 * 1024 - 13) + "\"}")
                        .getBytes(StandardCharsets.UTF_8), false)));
        all.add(get("protocol", "unknown route", "/api/v1/nothing-here", 404, "Not Found"));
        all.add(json("protocol", "PUT", "/api/v1/chat", "wrong method", "{}", 405, "Method Not Allowed"));
        all.add(new Case("protocol", "no API key", 401, null, () -> RawHttp.send(server.main().port(),
                "GET /api/v1/chat HTTP/1.1\r\nHost: x", new byte[0], false)));
        all.add(new Case("protocol", "wrong API key", 401, null, () -> RawHttp.send(server.main().port(),
                "GET /api/v1/chat HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer qk-wrong", new byte[0], false)));
    }

    private static void multipart(List<Case> all) {
        all.add(upload("files", "file over the upload limit", "/api/v1/beta/files", () -> new Multipart()
                .field("purpose", "user_data").field("external_file_id", "secret-meta")
                .file("file", "big.bin", "application/octet-stream", new byte[UPLOAD_LIMIT + 10]), 413, null));
        all.add(upload("directory files", "file over the upload limit", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().field("metadata", "{\"owner\": \"someone\"}")
                        .file("upload_file", "big.bin", "application/octet-stream", new byte[UPLOAD_LIMIT + 10]), 413, null));
        all.add(upload("directory files", "metadata part of 2 MB", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("metadata", "{\"k\": \"" + "m".repeat(2 * 1024 * 1024) + "\"}"), 413, null));
        all.add(upload("directory files", "metadata not JSON", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("metadata", "{nope"), 422, null));
        all.add(upload("directory files", "metadata a list", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("metadata", "[1]"), 422, null));
        all.add(upload("directory files", "no file part", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().field("display_name", "x"), 422, "missing"));
        all.add(upload("files", "no purpose", "/api/v1/beta/files",
                () -> new Multipart().file("file", "a.txt", "text/plain", new byte[] {'a'}), 422, "missing"));
        all.add(upload("files", "unknown purpose", "/api/v1/beta/files", () -> new Multipart()
                .file("file", "a.txt", "text/plain", new byte[] {'a'}).field("purpose", "fun"), 422, "literal_error"));
        all.add(json("files", "POST", "/api/v1/beta/files", "JSON instead of multipart", "{}", 422, "missing"));
        String auth = "\r\nHost: x\r\nAuthorization: Bearer " + TestServer.ADMIN_KEY;
        all.add(new Case("files", "multipart without a closing boundary", 400, null, () -> RawHttp.send(
                server.main().port(), "POST /api/v1/beta/files HTTP/1.1" + auth
                        + "\r\nContent-Type: multipart/form-data; boundary=xyz\r\nContent-Length: 40",
                "--xyz\r\nContent-Disposition: form-da".getBytes(StandardCharsets.UTF_8), true)));
    }

    /** U+0000 is refused everywhere text comes in (PostgreSQL cannot store it): the same 422 on every backend. */
    private static void nulCharacters(List<Case> all) {
        String nul = "a\\u0000b";
        for (String[] e : JSON_ENDPOINTS) {
            all.add(json(e[0], e[1], e[2], "NUL in a string", "{\"name\": \"" + nul + "\", \"prompt\": \"" + nul
                    + "\", \"query\": \"" + nul + "\"}", 422, "value_error"));
        }
        all.add(json("directories", "POST", "/api/v1/beta/directories", "NUL in a key", "{\"name\": \"ok\", \""
                + nul + "\": 1}", 422, "value_error"));
        all.add(json("chat", "POST", "/api/v1/chat", "NUL in a list item", "{\"index_ids\": [\"" + nul + "\"]}",
                422, "value_error"));
        all.add(get("directories", "NUL in a query parameter", "/api/v1/beta/directories?name=a%00b", 422, "value_error"));
        all.add(upload("directory files", "NUL in a form field", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("display_name", "a\u0000b"), 422, "value_error"));
        all.add(upload("directory files", "NUL in the metadata JSON", "/api/v1/beta/directories/{dir}/files/upload",
                () -> new Multipart().file("upload_file", "a.txt", "text/plain", new byte[] {'a'})
                        .field("metadata", "{\"k\": \"" + nul + "\"}"), 422, "value_error"));
        // Jetty's multipart parser refuses a NUL in a part's headers before Quire sees the name.
        all.add(upload("files", "NUL in a file name", "/api/v1/beta/files", () -> new Multipart()
                .file("file", "a\u0000b.txt", "text/plain", new byte[] {'a'}).field("purpose", "user_data"), 400,
                null));
    }

    private static void unknownIds(List<Case> all) {
        all.add(get("files", "unknown file", "/api/v1/beta/files/file-nope", 404, null));
        all.add(del("files", "delete unknown file", "/api/v1/beta/files/file-nope", 404));
        all.add(get("directories", "unknown directory", "/api/v1/beta/directories/dir-nope", 404, null));
        all.add(del("directories", "delete unknown directory", "/api/v1/beta/directories/dir-nope", 404));
        all.add(del("directories", "delete an index's source", "/api/v1/beta/directories/{dir}", 409));
        all.add(get("directory files", "unknown entry", "/api/v1/beta/directories/{dir}/files/dfl-nope", 404, null));
        all.add(del("directory files", "delete unknown entry", "/api/v1/beta/directories/{dir}/files/dfl-nope", 404));
        all.add(get("indexes", "unknown index", "/api/v1/indexes/idx-nope", 404, null));
        all.add(del("indexes", "delete unknown index", "/api/v1/indexes/idx-nope", 404));
        all.add(get("chat", "unknown session", "/api/v1/chat/ses-nope", 404, null));
        all.add(del("chat", "delete unknown session", "/api/v1/chat/ses-nope", 404));
        all.add(get("projects", "unknown project", "/api/v1/projects/prj-nope", 404, null));
    }

    // ---- case builders ----

    private static Case json(String family, String method, String path, String name, String body, int status,
                             String type) {
        return new Case(family, method + " " + path + " " + name, status, type, () -> {
            TestServer.Response r = server.send(method, fill(path), fill(body), TestServer.ADMIN_KEY);
            return reply(r);
        });
    }

    private static Case get(String family, String name, String path, int status, String type) {
        return new Case(family, "GET " + path.replaceAll("page_token=.*", "page_token=...") + " " + name, status, type,
                () -> reply(server.get(fill(path))));
    }

    private static Case del(String family, String name, String path, int status) {
        return new Case(family, "DELETE " + path + " " + name, status, null, () -> reply(server.delete(fill(path))));
    }

    private static Case upload(String family, String name, String path, Supplier<Multipart> form, int status,
                               String type) {
        return new Case(family, "POST " + path + " " + name, status, type,
                () -> reply(server.upload(fill(path), form.get())));
    }

    private static Case raw(String family, String name, String head, int status) {
        return new Case(family, name, status, null, () -> RawHttp.send(server.main().port(), head, new byte[0], false));
    }

    private static RawHttp.Reply reply(TestServer.Response r) {
        Map<String, String> headers = new LinkedHashMap<>();
        r.headers().map().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
        return new RawHttp.Reply(r.status(), headers, r.body());
    }

    /** Replaces fixture placeholders, then forges tokens written {@code @forge:<token>:<sort key>}. */
    static String fill(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out = out.replace(e.getKey(), e.getValue());
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@forge:([A-Za-z0-9_.-]+?):([^\"&]*)").matcher(out);
        StringBuilder forged = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(forged, forge(m.group(1), m.group(2)));
        }
        m.appendTail(forged);
        return forged.toString();
    }

    /** A real token with its sort key replaced: the filter hash (and the old signature, if any) kept. */
    private static String forge(String token, String sortKey) {
        int dot = token.lastIndexOf('.');
        String payload = dot < 0 ? token : token.substring(0, dot);
        String raw = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        String[] parts = raw.split("\n", -1);
        parts[2] = sortKey;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join("\n", parts)
                .getBytes(StandardCharsets.UTF_8)) + (dot < 0 ? "" : token.substring(dot));
    }
}
