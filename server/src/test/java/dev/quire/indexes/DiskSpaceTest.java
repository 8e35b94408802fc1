package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.db.Database;
import dev.quire.files.JdbiFileStore;
import dev.quire.ingest.TestPdfs;
import dev.quire.storage.FileSystemBlobStore;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting indexes, files and directory entries gives their disk space back. */
class DiskSpaceTest {
    @TempDir
    Path dataDir;

    @Test
    void deleting_an_index_and_its_files_removes_their_blobs_screenshots_and_search_folder() {
        String indexId;
        List<String> fileIds = new ArrayList<>();
        String directoryId;
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fixtures = new IndexFixtures(server);
            directoryId = fixtures.directory("manuals");
            for (String name : List.of("a.pdf", "b.pdf")) {
                fileIds.add(fixtures.upload(directoryId, name, "application/pdf", TestPdfs.pdf(name, List.of(
                        List.of("Pumps need oil every month."), List.of("Valves are checked weekly."),
                        List.of("Filters are replaced yearly."))), null).get("file_id").asText());
            }
            fileIds.add(fixtures.upload(directoryId, "notes.txt", "text/plain",
                    "Notes about pumps.".getBytes(StandardCharsets.UTF_8), null).get("file_id").asText());
            indexId = fixtures.createIndex("{\"source_directory_id\": \"" + directoryId
                    + "\", \"store_attachments\": [\"screenshots\"]}").get("id").asText();
            fixtures.awaitSynced(indexId);
        }
        // Every blob on disk is one a live row needs: the question an orphan sweep asks is answerable.
        assertThat(referencedBlobKeys()).hasSize(3 + 6).isEqualTo(storedBlobKeys());

        try (TestServer server = TestServer.start(dataDir)) {
            List<String> screenshotLinks = screenshotLinks(server, indexId);
            assertThat(screenshotLinks).hasSize(6);
            String fileLink = server.get("/api/v1/beta/files/" + fileIds.get(0) + "/content").json().get("url").asText();
            assertThat(server.fetch(screenshotLinks.get(0)).statusCode()).isEqualTo(200);
            assertThat(Files.exists(dataDir.resolve("indexes").resolve(indexId))).isTrue();
            long before = size(dataDir.resolve("blobs"));

            assertThat(server.delete("/api/v1/indexes/" + indexId).status()).isEqualTo(204);

            assertThat(Files.exists(dataDir.resolve("indexes").resolve(indexId))).isFalse();
            assertThat(storedBlobKeys()).hasSize(3);
            for (String link : screenshotLinks) {
                assertThat(server.fetch(link).statusCode()).isEqualTo(404);
            }
            for (String fileId : fileIds) {
                assertThat(server.delete("/api/v1/beta/files/" + fileId).status()).isEqualTo(204);
            }
            assertThat(server.delete("/api/v1/beta/directories/" + directoryId).status()).isEqualTo(204);
            assertThat(storedBlobKeys()).isEmpty();
            assertThat(server.fetch(fileLink).statusCode()).isEqualTo(404);
            assertThat(size(dataDir.resolve("blobs"))).isLessThan(before).isZero();
        }
    }

    @Test
    void a_file_leaving_the_source_directory_takes_its_screenshots_with_it() {
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fixtures = new IndexFixtures(server);
            String directoryId = fixtures.directory("manuals");
            JsonNode entry = fixtures.upload(directoryId, "a.pdf", "application/pdf", TestPdfs.pdf("a", List.of(
                    List.of("Pumps need oil every month."), List.of("Valves are checked weekly."))), null);
            String indexId = fixtures.createIndex("{\"source_directory_id\": \"" + directoryId
                    + "\", \"store_attachments\": [\"screenshots\"]}").get("id").asText();
            fixtures.awaitSynced(indexId);
            List<String> links = screenshotLinks(server, indexId);
            assertThat(links).hasSize(2);
            assertThat(storedBlobKeys()).hasSize(1 + 2);

            assertThat(server.delete("/api/v1/beta/directories/" + directoryId + "/files/" + entry.get("id").asText())
                    .status()).isEqualTo(204);
            assertThat(server.post("/api/v1/indexes/" + indexId + "/sync", "").status()).isEqualTo(200);
            fixtures.awaitSynced(indexId);

            // The uploaded file itself stays (contract: deleting an entry keeps the file); its screenshots go.
            assertThat(storedBlobKeys()).hasSize(1);
            for (String link : links) {
                assertThat(server.fetch(link).statusCode()).isEqualTo(404);
            }
        }
    }

    @Test
    void a_changed_file_replaces_its_screenshots_and_drops_pages_it_no_longer_has() {
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fixtures = new IndexFixtures(server);
            String directoryId = fixtures.directory("manuals");
            upload(server, directoryId, TestPdfs.pdf("a", List.of(List.of("Pumps need oil every month."),
                    List.of("Valves are checked weekly."), List.of("Filters are replaced yearly."))));
            String indexId = fixtures.createIndex("{\"source_directory_id\": \"" + directoryId
                    + "\", \"store_attachments\": [\"screenshots\"]}").get("id").asText();
            fixtures.awaitSynced(indexId);
            List<String> oldLinks = screenshotLinks(server, indexId);
            assertThat(oldLinks).hasSize(3);

            upload(server, directoryId, TestPdfs.pdf("a", List.of(List.of("Pumps now need oil every week."))));
            assertThat(server.post("/api/v1/indexes/" + indexId + "/sync", "").status()).isEqualTo(200);
            fixtures.awaitSynced(indexId);

            assertThat(screenshotLinks(server, indexId)).hasSize(1);
            for (String link : oldLinks) {
                assertThat(server.fetch(link).statusCode()).isEqualTo(404);
            }
        }
        // Both uploads are live files (the entry moved to the new one); one screenshot is left.
        assertThat(storedBlobKeys()).hasSize(2 + 1).isEqualTo(referencedBlobKeys());
    }

    private static void upload(TestServer server, String directoryId, byte[] pdf) {
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + directoryId + "/files/upload",
                new dev.quire.testing.Multipart().file("upload_file", "a.pdf", "application/pdf", pdf)
                        .field("unique_id", "manual-a"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void start_up_finishes_an_index_deletion_that_a_crash_interrupted() {
        String indexId;
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fixtures = new IndexFixtures(server);
            String directoryId = fixtures.directory("manuals");
            fixtures.upload(directoryId, "a.pdf", "application/pdf", TestPdfs.pdf("a", List.of(
                    List.of("Pumps need oil every month."), List.of("Valves are checked weekly."))), null);
            indexId = fixtures.createIndex("{\"source_directory_id\": \"" + directoryId
                    + "\", \"store_attachments\": [\"screenshots\"]}").get("id").asText();
            fixtures.awaitSynced(indexId);
        }
        // The delete committed its tombstone, then the process died before freeing anything.
        try (Database database = Database.open(dataDir)) {
            database.jdbi().useHandle(h -> h.createUpdate("update indexes set deleted_at = 1 where id = :id")
                    .bind("id", indexId).execute());
        }
        assertThat(storedBlobKeys()).hasSize(1 + 2);
        assertThat(referencedBlobKeys()).hasSize(1);

        try (TestServer server = TestServer.start(dataDir)) {
            assertThat(Files.exists(dataDir.resolve("indexes").resolve(indexId))).isFalse();
        }
        assertThat(storedBlobKeys()).hasSize(1).isEqualTo(referencedBlobKeys());
    }

    private static List<String> screenshotLinks(TestServer server, String indexId) {
        List<String> links = new ArrayList<>();
        for (IndexedFile f : server.main().internals().indexFiles().files(indexId)) {
            JsonNode items = server.get("/api/v1/beta/attachments?source_id=" + f.parsedFileId()).json().get("items");
            for (JsonNode item : items) {
                links.add(server.get("/api/v1/beta/attachments/" + item.get("name").asText().replace("/", "%2F")
                        + "?source_id=" + f.parsedFileId()).json().get("url").asText());
            }
        }
        return links;
    }

    /** What an orphan sweep would read; only while no server has the data directory open. */
    private Set<String> referencedBlobKeys() {
        try (Database database = Database.open(dataDir)) {
            Set<String> keys = new HashSet<>(new JdbiFileStore(database.jdbi()).referencedBlobKeys());
            keys.addAll(new JdbiIndexFileStore(database.jdbi()).referencedBlobKeys());
            return keys;
        }
    }

    private Set<String> storedBlobKeys() {
        return FileSystemBlobStore.open(dataDir).keys();
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
