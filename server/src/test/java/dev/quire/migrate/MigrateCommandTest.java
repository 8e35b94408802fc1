package dev.quire.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.search.SearchSettings;
import dev.quire.storage.BlobSettings;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.S3ServerProcess;
import dev.quire.testing.ServerProcess;
import dev.quire.testing.SolrCloudProcess;
import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An embedded deployment moved by {@code quire migrate} onto PostgreSQL, SolrCloud and S3: a node over a
 * new, empty data directory then serves the same directories, files, index, rankings and chat sessions.
 */
class MigrateCommandTest {
    private static final String BUCKET = "quire-migrated";
    private static final String QUERY = "how hot should the water be for green tea";
    private static final Map<String, String> FILES = Map.of(
            "tea.txt", "Green tea is brewed at 80 degrees for two minutes. Black tea wants boiling water.",
            "coffee.txt", "Espresso is pulled at nine bars of pressure with water at 93 degrees.",
            "bread.txt", "Sourdough rises overnight in a cool kitchen and bakes at 250 degrees.");

    @TempDir
    Path dir;

    @Test
    void a_node_on_the_shared_backends_serves_what_the_embedded_server_served() throws Exception {
        Path source = dir.resolve("embedded");
        Before before = seed(source);

        try (PostgresDatabase db = PostgresDatabase.create(); S3ServerProcess s3 = S3ServerProcess.start();
             SolrCloudProcess solr = SolrCloudProcess.start()) {
            Map<String, String> env = environment(db, solr, s3, dir.resolve("migration-data"));
            Run run = migrate(env, "--from", source.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).contains("table files: 3 rows", "table indexes: 1 rows", "table chat_sessions: 1 rows",
                    "index " + before.indexId() + ": " + before.numChunks() + " chunks");

            assertThat(Integer.parseInt(run.out().replaceAll("(?s).*blobs: (\\d+).*", "$1")))
                    .isGreaterThanOrEqualTo(FILES.size());

            Config.Backends backends = new Config.Backends(db.settings(), SearchSettings.solr(solr.zkHost(), 1, 1),
                    s3.settings(BUCKET));
            try (TestServer node = TestServer.start(Config.forTesting(dir.resolve("node"), TestServer.ADMIN_KEY)
                    .withBackends(backends))) {
                assertThat(node.get("/api/v1/beta/directories").json().findValuesAsText("id"))
                        .contains(before.directoryId());
                JsonNode listed = node.get("/api/v1/beta/directories/" + before.directoryId() + "/files").json();
                assertThat(listed.findValuesAsText("display_name")).containsExactlyInAnyOrderElementsOf(FILES.keySet());
                for (Map.Entry<String, String> file : before.fileIds().entrySet()) {
                    HttpApi.Response link = node.get("/api/v1/beta/files/" + file.getValue() + "/content");
                    assertThat(link.status()).as(link.body()).isEqualTo(200);
                    assertThat(new String(node.fetch(link.json().get("url").asText()).body(), StandardCharsets.UTF_8))
                            .isEqualTo(FILES.get(file.getKey()));
                }
                JsonNode index = awaitReady(node, before.indexId());
                assertThat(index.at("/metadata/num_chunks").asInt()).isEqualTo(before.numChunks());
                JsonNode results = retrieve(node, before.indexId());
                assertThat(results.findValuesAsText("content")).containsExactlyElementsOf(
                        before.results().findValuesAsText("content"));
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i).get("score").asDouble())
                            .isCloseTo(before.results().get(i).get("score").asDouble(), within(1e-5));
                }
                assertThat(node.get("/api/v1/chat/" + before.sessionId()).status()).isEqualTo(200);
            }

            Run again = migrate(env, "--from", source.toString());
            assertThat(again.status()).isEqualTo(1);
            assertThat(again.err().lines().toList()).singleElement().asString()
                    .startsWith("quire: ").contains("already has data");

            try (TestServer running = TestServer.start(source)) {
                Run locked = migrate(environment(db, solr, s3, dir.resolve("other-data")), "--from", source.toString());
                assertThat(locked.status()).isEqualTo(1);
                assertThat(locked.err().lines().toList()).singleElement().asString()
                        .startsWith("quire: ").contains("in use", "stop that server");
            }
        }
    }

    @Test
    void moving_only_the_database_leaves_blobs_and_lucene_indexes_where_they_are() {
        Path source = dir.resolve("embedded");
        Before before = seed(source);
        try (PostgresDatabase db = PostgresDatabase.create()) {
            Run run = migrate(Map.of("QUIRE_DATA_DIR", source.toString(), "QUIRE_DATABASE_URL", db.url(),
                    "QUIRE_DATABASE_USER", db.settings().user().orElseThrow()), "--from", source.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("blobs stay in", "chunks stay in", "table files: 3 rows", "blobs: 0");

            Config.Backends backends = new Config.Backends(db.settings(), SearchSettings.lucene(),
                    new BlobSettings.FileSystem(true));
            try (TestServer node = TestServer.start(Config.forTesting(source, TestServer.ADMIN_KEY)
                    .withBackends(backends))) {
                String fileId = before.fileIds().get("tea.txt");
                HttpApi.Response link = node.get("/api/v1/beta/files/" + fileId + "/content");
                assertThat(new String(node.fetch(link.json().get("url").asText()).body(), StandardCharsets.UTF_8))
                        .isEqualTo(FILES.get("tea.txt"));
                assertThat(awaitReady(node, before.indexId()).at("/metadata/num_chunks").asInt())
                        .isEqualTo(before.numChunks());
                assertThat(retrieve(node, before.indexId())).isEqualTo(before.results());
            }
        }
    }

    @Test
    void a_folder_that_is_no_data_directory_and_an_embedded_target_are_refused_with_one_line() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        Run notData = migrate(Map.of("QUIRE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                "--from", dir.resolve("empty").toString());
        assertThat(notData.status()).isEqualTo(1);
        assertThat(notData.err()).startsWith("quire: ").contains("not a Quire data directory");
        assertThat(Files.exists(dir.resolve("empty").resolve("db"))).isFalse();

        Files.createDirectories(dir.resolve("source").resolve("db"));
        Run noTarget = migrate(Map.of(), "--from", dir.resolve("source").toString());
        assertThat(noTarget.status()).isEqualTo(1);
        assertThat(noTarget.err()).startsWith("quire: ").contains("QUIRE_DATABASE_URL");

        Run noArgs = migrate(Map.of());
        assertThat(noArgs.status()).isEqualTo(1);
        assertThat(noArgs.err()).startsWith("quire: usage: quire migrate --from");
    }

    @Test
    void the_server_command_line_runs_migrate_and_exits_1_with_one_line_on_failure() throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        try (ServerProcess process = ServerProcess.start(dir.resolve("data"),
                Map.of("QUIRE_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                List.of("migrate", "--from", dir.resolve("empty").toString()))) {
            assertThat(process.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(process.stderr()).singleElement().asString()
                    .startsWith("quire: ").contains("not a Quire data directory");
            assertThat(process.stdout()).isEmpty(); // no server started
        }
    }

    /** What the embedded server served, to compare with the node after the migration. */
    private record Before(String directoryId, Map<String, String> fileIds, String indexId, int numChunks,
                          JsonNode results, String sessionId) {}

    private static Before seed(Path source) {
        try (TestServer embedded = TestServer.start(source)) {
            String directoryId = embedded.post("/api/v1/beta/directories", "{\"name\": \"kitchen\"}")
                    .json().get("id").asText();
            Map<String, String> fileIds = new LinkedHashMap<>();
            FILES.forEach((name, text) -> {
                HttpApi.Response upload = embedded.upload("/api/v1/beta/directories/" + directoryId + "/files/upload",
                        new Multipart().file("upload_file", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
                assertThat(upload.status()).as(upload.body()).isEqualTo(200);
                fileIds.put(name, upload.json().get("file_id").asText());
            });
            String indexId = embedded.post("/api/v1/indexes", "{\"source_directory_id\": \"" + directoryId + "\"}")
                    .json().get("id").asText();
            JsonNode index = awaitReady(embedded, indexId);
            int numChunks = index.at("/metadata/num_chunks").asInt();
            assertThat(numChunks).isGreaterThanOrEqualTo(FILES.size());
            JsonNode results = retrieve(embedded, indexId);
            assertThat(results.size()).isGreaterThanOrEqualTo(2);
            assertThat(results.get(0).get("content").asText()).contains("Green tea");
            HttpApi.Response session = embedded.post("/api/v1/chat", "{\"index_ids\": [\"" + indexId + "\"]}");
            assertThat(session.status()).as(session.body()).isEqualTo(200);
            return new Before(directoryId, fileIds, indexId, numChunks, results,
                    session.json().get("session_id").asText());
        }
    }

    private static Map<String, String> environment(PostgresDatabase db, SolrCloudProcess solr, S3ServerProcess s3,
            Path dataDir) {
        return Map.of(
                "QUIRE_DATA_DIR", dataDir.toString(),
                "QUIRE_DATABASE_URL", db.url(),
                "QUIRE_DATABASE_USER", db.settings().user().orElseThrow(),
                "QUIRE_SEARCH", "solr",
                "QUIRE_SOLR_ZK_HOST", solr.zkHost(),
                "QUIRE_BLOB_STORE", "s3",
                "QUIRE_S3_ENDPOINT", s3.endpoint().toString(),
                "QUIRE_S3_BUCKET", BUCKET,
                "QUIRE_S3_ACCESS_KEY", s3.accessKey(),
                "QUIRE_S3_SECRET_KEY", s3.secretKey());
    }

    private record Run(int status, String out, String err) {}

    private static Run migrate(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = MigrateCommand.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JsonNode retrieve(HttpApi api, String indexId) {
        HttpApi.Response r = api.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"" + QUERY + "\", \"rerank\": {\"enabled\": false}}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("results");
    }

    private static JsonNode awaitReady(HttpApi api, String index) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode json = api.get("/api/v1/indexes/" + index + "?expand=sync_in_progress").json();
            if (json.at("/metadata/status").asText().equals("ready") && !json.get("sync_in_progress").asBoolean()) {
                return json;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("index " + index + " did not become ready");
    }
}
