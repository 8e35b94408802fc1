package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After a crash, the search index and the sync records agree again. */
class SyncRecoveryTest {
    @TempDir
    Path dataDir;

    @Test
    void chunks_committed_without_their_records_do_not_outlive_their_file() {
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fx = new IndexFixtures(server);
            String dir = fx.directory("src");
            JsonNode ghost = fx.upload(dir, "ghost.txt", "text/plain",
                    "The ghost file mentions zqxghostword once.".getBytes(StandardCharsets.UTF_8), null);
            fx.upload(dir, "kept.txt", "text/plain",
                    "The kept file mentions zqxkeptword once.".getBytes(StandardCharsets.UTF_8), null);
            String index = fx.createIndex("{\"source_directory_id\": \"" + dir + "\"}").get("id").asText();
            fx.awaitSynced(index);
            assertThat(found(server, index, "zqxghostword")).isTrue();

            // The state a crash between the Lucene commit and saving its records leaves: chunks in
            // Lucene, no record of the file. Then the file leaves the source.
            IndexFileStore files = server.main().internals().indexFiles();
            IndexedFile record = files.files(index).stream()
                    .filter(f -> f.sourceFileId().equals(ghost.get("id").asText())).findFirst().orElseThrow();
            files.remove(index, record.sourceFileId(), record.parsedFileId());
            assertThat(server.delete("/api/v1/beta/directories/" + dir + "/files/" + ghost.get("id").asText())
                    .status()).isEqualTo(204);
            server.post("/api/v1/indexes/" + index + "/sync", "{}");
            fx.awaitSynced(index);

            assertThat(found(server, index, "zqxghostword")).isFalse();
            assertThat(found(server, index, "zqxkeptword")).isTrue();
        }
    }

    private static boolean found(TestServer server, String index, String word) {
        TestServer.Response r = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index
                + "\", \"query\": \"" + word + "\", \"full_text_pipeline_weight\": 1, \"vector_pipeline_weight\": 0}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        for (JsonNode result : r.json().get("results")) {
            if (result.get("content").asText().contains(word)) {
                return true;
            }
        }
        return false;
    }
}
