package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.ingest.TestPdfs;
import dev.quire.search.ChunkIndex;
import dev.quire.search.StoredChunk;
import dev.quire.testing.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real files of several formats, uploaded through the API, indexed by the real pipeline, and
 * checked in the server's Lucene index and parsed-text store.
 */
class IndexApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static IndexFixtures fixtures;
    static String directoryId;
    static JsonNode index;
    static Map<String, String> sourceIdByName;

    @BeforeAll
    static void indexMixedFormats() {
        server = TestServer.start(dataDir);
        fixtures = new IndexFixtures(server);
        directoryId = fixtures.directory("handbook");
        sourceIdByName = new java.util.HashMap<>();
        upload("guide.pdf", "application/pdf", TestPdfs.pdf("Guide", List.of(
                List.of("Page one talks about alpine lakes and glaciers."),
                List.of("Page two explains how to brew green tea properly."),
                List.of("Page three covers the history of the printing press."))), "{\"team\": \"docs\", \"year\": 2024}");
        upload("notes.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                IndexFixtures.docx("Quarterly revenue grew twelve percent.", "Churn fell to two percent."),
                "{\"team\": \"finance\", \"year\": 2023}");
        upload("page.html", "text/html", ("<html><body><h1>Onboarding</h1><p>New hires receive a laptop "
                + "on their first day.</p></body></html>").getBytes(StandardCharsets.UTF_8), null);
        upload("readme.md", "text/markdown", "# Readme\n\nThe deploy script lives in ops/deploy.sh.\n"
                .getBytes(StandardCharsets.UTF_8), null);
        upload("broken.pdf", "application/pdf", "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.UTF_8),
                null);
        upload("empty.txt", "text/plain", new byte[0], null);
        String id = fixtures.createIndex("{\"source_directory_id\": \"" + directoryId
                + "\", \"store_attachments\": [\"screenshots\"]}").get("id").asText();
        index = fixtures.awaitSynced(id);
    }

    private static void upload(String name, String type, byte[] bytes, String metadata) {
        sourceIdByName.put(name, fixtures.upload(directoryId, name, type, bytes, metadata).get("id").asText());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<IndexedFile> files() {
        return server.main().internals().indexFiles().files(index.get("id").asText());
    }

    private static IndexedFile file(String name) {
        return files().stream().filter(f -> f.displayName().equals(name)).findFirst().orElseThrow();
    }

    private static ChunkIndex lucene() {
        return server.main().internals().search().index(index.get("id").asText(), 384);
    }

    @Test
    void the_index_is_ready_with_counts_and_the_failed_files_named() {
        JsonNode metadata = index.get("metadata");
        assertThat(metadata.get("status").asText()).isEqualTo("ready");
        assertThat(metadata.get("num_source_files").asInt()).isEqualTo(6);
        assertThat(metadata.get("num_parsed_files").asInt()).isEqualTo(4);
        assertThat(metadata.get("num_failed_files").asInt()).isEqualTo(2);
        Map<String, String> failures = new java.util.HashMap<>();
        metadata.get("failed_files").forEach(f -> failures.put(f.get("file_name").asText(), f.get("error").asText()));
        assertThat(failures.get("broken.pdf")).contains("corrupt");
        assertThat(failures.get("empty.txt")).contains("empty");
        assertThat(metadata.get("num_chunks").asInt()).isEqualTo(files().stream().mapToInt(IndexedFile::numChunks).sum())
                .isEqualTo(lucene().count());
        assertThat(index.get("last_synced_at").asText()).endsWith("Z");
        assertThat(index.get("last_exported_at").asText()).endsWith("Z");
        assertThat(index.get("name").asText()).isEqualTo("handbook");
    }

    @Test
    void chunk_offsets_slice_the_parsed_text_exactly_and_carry_page_ranges() {
        for (IndexedFile f : files()) {
            if (f.state().equals(IndexedFile.FAILED)) {
                assertThat(lucene().chunksOfFile(f.parsedFileId())).isEmpty();
                continue;
            }
            String text = server.main().internals().indexFiles().parsedText(f.indexId(), f.parsedFileId()).orElseThrow().content();
            List<StoredChunk> chunks = lucene().chunksOfFile(f.parsedFileId());
            assertThat(chunks).hasSize(f.numChunks()).isNotEmpty();
            for (StoredChunk c : chunks) {
                assertThat(text.substring(text.offsetByCodePoints(0, c.startChar()), text.offsetByCodePoints(0, c.endChar())))
                        .isEqualTo(c.content());
                assertThat(c.tokenCount()).isPositive();
            }
        }
        IndexedFile pdf = file("guide.pdf");
        assertThat(pdf.numPages()).isEqualTo(3);
        String pdfText = server.main().internals().indexFiles().parsedText(pdf.indexId(), pdf.parsedFileId()).orElseThrow().content();
        List<StoredChunk> chunks = lucene().chunksOfFile(pdf.parsedFileId());
        assertThat(chunks.get(0).pageRangeStart()).isEqualTo(1);
        assertThat(chunks.get(chunks.size() - 1).pageRangeEnd()).isEqualTo(3);
        assertThat(pdfText).contains("green tea");
    }

    @Test
    void user_metadata_travels_to_the_chunks() {
        StoredChunk chunk = lucene().chunksOfFile(file("notes.docx").parsedFileId()).get(0);
        assertThat(chunk.metadata()).containsEntry("team", "finance");
        assertThat(((Number) chunk.metadata().get("year")).intValue()).isEqualTo(2023);
    }

    @Test
    void parsed_files_appear_in_the_output_directory() {
        JsonNode entries = server.get("/api/v1/beta/directories/" + index.get("output_directory_id").asText()
                + "/files?page_size=100").json().get("items");
        List<String> ids = java.util.stream.StreamSupport.stream(entries.spliterator(), false)
                .map(e -> e.get("id").asText()).toList();
        assertThat(ids).contains(file("guide.pdf").parsedFileId(), file("readme.md").parsedFileId());
        assertThat(server.get("/api/v1/beta/directories/" + index.get("output_directory_id").asText()).json()
                .get("type").asText()).isEqualTo("index");
    }

    @Test
    void page_screenshots_are_stored_and_served_through_presigned_links() throws Exception {
        String parsed = file("guide.pdf").parsedFileId();
        JsonNode listed = server.get("/api/v1/beta/attachments?source_id=" + parsed).json();
        assertThat(listed.get("items")).extracting(n -> n.get("name").asText())
                .containsExactly("screenshots/page_1.jpg", "screenshots/page_2.jpg", "screenshots/page_3.jpg");

        for (String path : List.of("screenshots%2Fpage_2.jpg", "screenshots/page_2.jpg")) {
            TestServer.Response link = server.get("/api/v1/beta/attachments/" + path + "?source_id=" + parsed);
            assertThat(link.status()).as(path + " " + link.body()).isEqualTo(200);
            HttpResponse<byte[]> image = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(link.json().get("url").asText())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(image.statusCode()).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type").orElse("")).startsWith("image/jpeg");
            assertThat(image.body()[0] & 0xff).isEqualTo(0xFF);
            assertThat(image.body()[1] & 0xff).isEqualTo(0xD8);
        }
        String fileUuid = file("guide.pdf").fileId().orElseThrow();
        assertThat(server.get("/api/v1/beta/attachments?source_id=" + fileUuid).status()).isEqualTo(200);
        assertThat(server.get("/api/v1/beta/attachments/screenshots%2Fpage_9.jpg?source_id=" + parsed).status())
                .isEqualTo(404);
        assertThat(server.get("/api/v1/beta/attachments?source_id=dfl-nope").status()).isEqualTo(404);
        assertThat(server.get("/api/v1/beta/attachments").status()).isEqualTo(422);
    }

    @Test
    void retrieval_spans_formats_and_points_at_the_page_screenshots() {
        TestServer.Response r = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index.get("id").asText()
                + "\", \"query\": \"how to brew green tea\", \"top_k\": 3}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode top = r.json().at("/results/0");
        assertThat(top.get("content").asText()).contains("green tea");
        assertThat(top.at("/static_fields/parsed_directory_file_id").asText()).isEqualTo(file("guide.pdf").parsedFileId());
        assertThat(top.at("/static_fields/attachments")).extracting(a -> a.get("attachment_name").asText())
                .contains("screenshots/page_2.jpg");
        JsonNode docx = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index.get("id").asText()
                + "\", \"query\": \"quarterly revenue growth\", \"top_k\": 1}").json().at("/results/0");
        assertThat(docx.at("/static_fields/parsed_directory_file_id").asText()).isEqualTo(file("notes.docx").parsedFileId());
        assertThat(docx.at("/static_fields/attachments")).isEmpty();
    }

    @Test
    void indexes_are_listed_and_found_by_id_or_export_config_id() {
        String id = index.get("id").asText();
        assertThat(server.get("/api/v1/indexes/" + index.get("export_config_id").asText()).json().get("id").asText())
                .isEqualTo(id);
        JsonNode list = server.get("/api/v1/indexes?source_directory_id=" + directoryId).json();
        assertThat(list.get("items")).extracting(n -> n.get("id").asText()).contains(id);
        assertThat(server.get("/api/v1/indexes?source_directory_id=dir-none").json().get("items")).isEmpty();
        assertThat(server.get("/api/v1/indexes/idx-unknown").status()).isEqualTo(404);
    }

    @Test
    void chat_sessions_bind_only_to_indexes_of_the_project() {
        assertThat(server.post("/api/v1/chat", "{\"index_ids\": [\"" + index.get("id").asText() + "\"]}").status())
                .isEqualTo(200);
        assertThat(server.post("/api/v1/chat", "{\"index_ids\": [\"" + index.get("export_config_id").asText() + "\"]}")
                .status()).isEqualTo(200);
        TestServer.Response unknown = server.post("/api/v1/chat", "{\"index_ids\": [\"idx-nope\"]}");
        assertThat(unknown.status()).isEqualTo(404);
    }

    static Map<String, Integer> chunkCounts() {
        return files().stream().collect(Collectors.toMap(IndexedFile::displayName, IndexedFile::numChunks));
    }
}
