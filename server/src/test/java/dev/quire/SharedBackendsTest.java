package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.search.SearchSettings;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.S3ServerProcess;
import dev.quire.testing.ServerProcess;
import dev.quire.testing.SolrCloudProcess;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server wired to PostgreSQL and an S3 server instead of its data directory: what one server
 * stored, a server over a new, empty data directory serves (the state is in the shared backends), and
 * bad backend settings stop start-up with one clear line.
 */
class SharedBackendsTest {
    @TempDir
    Path dir;

    @Test
    void a_server_over_an_empty_data_directory_serves_what_another_stored_in_postgresql_solr_and_s3() {
        try (PostgresDatabase db = PostgresDatabase.create(); S3ServerProcess s3 = S3ServerProcess.start();
             SolrCloudProcess solr = SolrCloudProcess.start()) {
            Config.Backends backends = new Config.Backends(db.settings(), SearchSettings.solr(solr.zkHost(), 1, 2),
                    s3.settings("quire-shared"));
            byte[] bytes = "Green tea is brewed at 80 degrees.".getBytes(StandardCharsets.UTF_8);
            String fileId;
            String directoryId;
            try (TestServer first = TestServer.start(Config.forTesting(dir.resolve("first"), TestServer.ADMIN_KEY)
                    .withBackends(backends))) {
                directoryId = first.post("/api/v1/beta/directories", "{\"name\": \"shared\"}").json().get("id").asText();
                HttpApi.Response upload = first.upload("/api/v1/beta/directories/" + directoryId + "/files/upload",
                        new Multipart().file("upload_file", "tea.txt", "text/plain", bytes));
                assertThat(upload.status()).as(upload.body()).isEqualTo(200);
                fileId = upload.json().get("file_id").asText();
                String index = first.post("/api/v1/indexes", "{\"source_directory_id\": \"" + directoryId + "\"}")
                        .json().get("id").asText();
                awaitReady(first, index);
            }
            try (TestServer second = TestServer.start(Config.forTesting(dir.resolve("second"), TestServer.ADMIN_KEY)
                    .withBackends(backends))) {
                JsonNode files = second.get("/api/v1/beta/directories/" + directoryId + "/files").json();
                assertThat(files.at("/items/0/display_name").asText()).isEqualTo("tea.txt");
                HttpApi.Response content = second.get("/api/v1/beta/files/" + fileId + "/content");
                assertThat(content.status()).as(content.body()).isEqualTo(200);
                JsonNode link = content.json();
                assertThat(second.fetch(link.get("url").asText()).body()).isEqualTo(bytes);
                String index = second.get("/api/v1/indexes").json().at("/items/0/id").asText();
                HttpApi.Response retrieved = second.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index
                        + "\", \"query\": \"how hot is the water for tea\", \"rerank\": {\"enabled\": false}}");
                assertThat(retrieved.status()).as(retrieved.body()).isEqualTo(200);
                assertThat(retrieved.json().at("/results/0/metadata/file_name").asText()).isEqualTo("tea.txt");
            }
        }
    }

    private static void awaitReady(HttpApi api, String index) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode json = api.get("/api/v1/indexes/" + index + "?expand=sync_in_progress").json();
            if (json.at("/metadata/status").asText().equals("ready") && !json.get("sync_in_progress").asBoolean()) {
                return;
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

    @Test
    void a_database_url_that_is_not_postgresql_stops_start_up_with_one_line_naming_the_variable() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, Map.of("QUIRE_DATABASE_URL", "jdbc:mysql://db/quire"))) {
            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(server.stderr()).hasSize(1);
            assertThat(server.stderr().get(0)).startsWith("quire: ").contains("QUIRE_DATABASE_URL");
        }
    }

    @Test
    void an_unreachable_postgresql_stops_start_up_with_one_line_and_no_password() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, Map.of("QUIRE_DATABASE_URL",
                "jdbc:postgresql://127.0.0.1:1/quire", "QUIRE_DATABASE_USER", "quire",
                "QUIRE_DATABASE_PASSWORD", "s3cr3t-pw"))) {
            assertThat(server.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
            assertThat(server.stderr()).hasSize(1);
            assertThat(server.stderr().get(0)).startsWith("quire: cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/quire")
                    .doesNotContain("s3cr3t-pw");
        }
    }

    @Test
    void an_s3_store_without_an_endpoint_stops_start_up_with_one_line_naming_the_variable() throws Exception {
        try (ServerProcess server = ServerProcess.start(dir, Map.of("QUIRE_BLOB_STORE", "s3",
                "QUIRE_S3_BUCKET", "b"))) {
            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(server.stderr()).hasSize(1);
            assertThat(server.stderr().get(0)).startsWith("quire: ").contains("QUIRE_S3_ENDPOINT");
        }
    }
}
