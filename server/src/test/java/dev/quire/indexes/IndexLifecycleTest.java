package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.Config;
import dev.quire.search.ChunkIndex;
import dev.quire.search.StoredChunk;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Syncs after changes, deletion, validation, scheduling and a restart in the middle of a sync. */
class IndexLifecycleTest {
    @TempDir
    Path dataDir;
    TestServer server;
    IndexFixtures fixtures;

    @BeforeEach
    void start() {
        server = TestServer.start(config());
        fixtures = new IndexFixtures(server);
    }

    private Config config() {
        Config base = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
        return base.withSync(base.sync().withDebounceMillis(200).withBatchSize(4).withCommitIntervalMillis(0));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String createIndex(String directoryId, String extra) {
        return fixtures.createIndex("{\"source_directory_id\": \"" + directoryId + "\"" + extra + "}")
                .get("id").asText();
    }

    private ChunkIndex lucene(String indexId) {
        return server.main().internals().search().index(indexId, 384);
    }

    private List<IndexedFile> files(String indexId) {
        return server.main().internals().indexFiles().files(indexId);
    }

    @Test
    void a_resync_picks_up_changed_and_deleted_files_and_skips_unchanged_ones() {
        String dir = fixtures.directory("docs");
        fixtures.upload(dir, "a.txt", "text/plain", text("Apples grow on trees in orchards."), null);
        String b = fixtures.upload(dir, "b.txt", "text/plain", text("Bananas are yellow."), null).get("id").asText();
        fixtures.upload(dir, "c.txt", "text/plain", text("Cherries are small and red."), null);
        String indexId = createIndex(dir, "");
        fixtures.awaitSynced(indexId);
        IndexedFile aBefore = files(indexId).stream().filter(f -> f.displayName().equals("a.txt")).findFirst().orElseThrow();
        String bParsed = files(indexId).stream().filter(f -> f.displayName().equals("b.txt")).findFirst().orElseThrow()
                .parsedFileId();

        fixtures.upload(dir, "c.txt", "text/plain", text("Cherries were replaced by cranberries."), null);
        assertThat(server.delete("/api/v1/beta/directories/" + dir + "/files/" + b).status()).isEqualTo(204);
        assertThat(server.post("/api/v1/indexes/" + indexId + "/sync", null).status()).isEqualTo(200);
        JsonNode synced = fixtures.awaitSynced(indexId);

        assertThat(synced.at("/metadata/num_parsed_files").asInt()).isEqualTo(2);
        assertThat(lucene(indexId).chunksOfFile(bParsed)).isEmpty();
        IndexedFile c = files(indexId).stream().filter(f -> f.displayName().equals("c.txt")).findFirst().orElseThrow();
        assertThat(lucene(indexId).chunksOfFile(c.parsedFileId())).extracting(StoredChunk::content)
                .containsExactly("Cherries were replaced by cranberries.");
        IndexedFile aAfter = files(indexId).stream().filter(f -> f.displayName().equals("a.txt")).findFirst().orElseThrow();
        assertThat(aAfter.updatedAt()).as("unchanged file is not re-indexed").isEqualTo(aBefore.updatedAt());
        assertThat(lucene(indexId).count()).isEqualTo(2);
    }

    @Test
    void sync_right_after_create_is_coalesced_and_delete_removes_everything() throws Exception {
        String dir = fixtures.directory("docs");
        fixtures.upload(dir, "a.txt", "text/plain", text("Some text about rivers."), null);
        JsonNode created = fixtures.createIndex("{\"source_directory_id\": \"" + dir + "\", \"name\": \"rivers\"}");
        assertThat(created.at("/metadata/status").asText()).isIn("pending", "syncing", "ready");
        String indexId = created.get("id").asText();
        // Queued or already running over an unchanged source: either way the request is absorbed.
        TestServer.Response again = server.post("/api/v1/indexes/" + indexId + "/sync", null);
        assertThat(again.status()).isEqualTo(200);
        JsonNode ready = fixtures.awaitSynced(indexId);
        String output = ready.get("output_directory_id").asText();
        assertThat(server.delete("/api/v1/beta/directories/" + dir).status()).as("source of an index").isEqualTo(409);

        assertThat(server.delete("/api/v1/indexes/" + indexId).status()).isEqualTo(204);
        assertThat(server.delete("/api/v1/indexes/" + indexId).status()).isEqualTo(204);
        assertThat(server.get("/api/v1/indexes/" + indexId).status()).isEqualTo(404);
        assertThat(server.get("/api/v1/beta/directories/" + output).status()).isEqualTo(404);
        assertThat(Files.exists(dataDir.resolve("indexes").resolve(indexId).resolve("lucene"))).isFalse();
        assertThat(server.main().internals().indexFiles().files(indexId)).isEmpty();
        assertThat(server.delete("/api/v1/beta/directories/" + dir).status()).isEqualTo(204);
        assertThat(server.delete("/api/v1/indexes/idx-never").status()).isEqualTo(404);
    }

    @Test
    void create_validates_its_input() {
        String dir = fixtures.directory("docs");
        assertThat(server.post("/api/v1/indexes", "{}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/indexes", "{\"source_directory_id\": 5}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/indexes", "{\"source_directory_id\": \"dir-nope\"}").status()).isEqualTo(404);
        assertThat(server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir
                + "\", \"sync_frequency\": \"hourly\"}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir
                + "\", \"store_attachments\": [\"videos\"]}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir
                + "\", \"vector_target\": \"ELSEWHERE\"}").status()).isEqualTo(422);
        TestServer.Response extract = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir
                + "\", \"products\": [{\"product_config_id\": \"c1\", \"product_type\": \"extract\"}]}");
        assertThat(extract.status()).isEqualTo(422);
        assertThat(extract.json().at("/detail/0/loc/1").asText()).isEqualTo("products");
        assertThat(server.get("/api/v1/indexes").json().get("items")).isEmpty();

        String index = createIndex(dir, ", \"products\": [{\"product_config_id\": \"c1\", \"product_type\": \"parse\"}]");
        String output = server.get("/api/v1/indexes/" + index).json().get("output_directory_id").asText();
        TestServer.Response onOutput = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + output + "\"}");
        assertThat(onOutput.status()).isEqualTo(400);
    }

    @Test
    void on_source_change_indexes_sync_themselves_after_a_change() {
        String dir = fixtures.directory("docs");
        String indexId = createIndex(dir, ", \"sync_frequency\": \"on_source_change\"");
        fixtures.awaitSynced(indexId);
        fixtures.upload(dir, "late.txt", "text/plain", text("A file that arrived after the index."), null);
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline && lucene(indexId).count() == 0) {
            IndexFixtures.sleep(100);
        }
        assertThat(lucene(indexId).count()).isEqualTo(1);
    }

    @Test
    void a_sync_interrupted_by_a_restart_resumes_and_indexes_every_file_once() {
        String dir = fixtures.directory("many");
        int files = 80;
        for (int i = 0; i < files; i++) {
            fixtures.upload(dir, "f" + i + ".txt", "text/plain",
                    text("Document number " + i + " is about topic " + (i * 7 % 13) + ". It has one short chunk."), null);
        }
        String indexId = createIndex(dir, "");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            int done = server.get("/api/v1/indexes/" + indexId).json().at("/metadata/num_processed_files").asInt();
            if (done >= 4) {
                break;
            }
            IndexFixtures.sleep(20);
        }
        JsonNode midway = server.get("/api/v1/indexes/" + indexId).json();
        server.close();
        assertThat(midway.at("/metadata/num_processed_files").asInt()).as("the restart came mid-sync: " + midway)
                .isLessThan(files);

        server = TestServer.start(config());
        fixtures = new IndexFixtures(server);
        JsonNode done = fixtures.awaitSynced(indexId);
        assertThat(done.at("/metadata/status").asText()).as("midway: " + midway).isEqualTo("ready");
        assertThat(done.at("/metadata/num_parsed_files").asInt()).isEqualTo(files);
        assertThat(lucene(indexId).count()).isEqualTo(files);
        Set<String> chunkIds = new HashSet<>();
        for (IndexedFile f : files(indexId)) {
            for (StoredChunk c : lucene(indexId).chunksOfFile(f.parsedFileId())) {
                assertThat(chunkIds.add(c.chunkId())).as("duplicate chunk " + c.chunkId()).isTrue();
            }
        }
        assertThat(chunkIds).hasSize(files);
    }

    @Test
    void an_index_without_vectors_serves_files_but_not_retrieve() {
        String dir = fixtures.directory("docs");
        fixtures.upload(dir, "a.txt", "text/plain", text("Plain words about rivers."), null);
        String indexId = createIndex(dir, ", \"vector_target\": \"DISABLED\"");
        fixtures.awaitSynced(indexId);
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId + "\", \"query\": \"rivers\"}")
                .status()).isEqualTo(400);
        JsonNode found = server.post("/api/v1/retrieval/files/find", "{\"index_id\": \"" + indexId + "\"}").json();
        String fileId = found.at("/items/0/file_id").asText();
        assertThat(server.post("/api/v1/retrieval/files/read", "{\"index_id\": \"" + indexId + "\", \"file_id\": \""
                + fileId + "\"}").json().get("content").asText()).isEqualTo("Plain words about rivers.");
    }

    @Test
    void an_index_whose_first_sync_has_not_finished_is_not_ready_for_retrieval() {
        String dir = fixtures.directory("docs");
        for (int i = 0; i < 60; i++) {
            fixtures.upload(dir, "f" + i + ".txt", "text/plain", text("File " + i + " describes a river delta."), null);
        }
        String indexId = createIndex(dir, "");
        TestServer.Response early = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"river\"}");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("x-should-retry")).isEqualTo("false");
        assertThat(early.json().get("detail").asText()).isEqualTo("Index is not ready");
        fixtures.awaitSynced(indexId);
        assertThat(server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + indexId
                + "\", \"query\": \"river\"}").json().get("results")).hasSize(10);
    }

    @Test
    void cancelling_without_a_sync_is_a_conflict() {
        String dir = fixtures.directory("docs");
        String indexId = createIndex(dir, "");
        fixtures.awaitSynced(indexId);
        TestServer.Response r = server.post("/api/v1/indexes/" + indexId + "/sync/cancel", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.header("x-should-retry")).isEqualTo("false");
    }
}
