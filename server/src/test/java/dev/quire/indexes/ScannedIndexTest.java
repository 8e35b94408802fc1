package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.GeneratedDocs;
import dev.quire.testing.GeneratedDocs.Block;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index over scanned PDFs (no text layer) answers from their OCR'd text and cites the right page. */
class ScannedIndexTest {
    @TempDir
    Path dataDir;

    @Test
    void retrieval_over_scanned_pdfs_finds_the_page_that_answers() {
        try (TestServer server = TestServer.start(dataDir)) {
            IndexFixtures fixtures = new IndexFixtures(server);
            String dir = fixtures.directory("scans");
            byte[] harbour = GeneratedDocs.pdf(List.of(
                    List.of(new Block.Heading(1, "Harbour Survey"), new Block.Text("The survey counted boats in the harbour.")),
                    List.of(new Block.Heading(2, "Lighthouse"), new Block.Text(
                            "The old lighthouse keeper retired in 1987 and the lamp was automated the same winter."))));
            byte[] orchard = GeneratedDocs.pdf(List.of(List.of(new Block.Heading(1, "Orchard Notes"),
                    new Block.Text("Apple trees were pruned in March and the pears flowered early."))));
            fixtures.upload(dir, "harbour.pdf", "application/pdf", GeneratedDocs.scan(harbour, 300, 0.8), null);
            fixtures.upload(dir, "orchard.pdf", "application/pdf", GeneratedDocs.scan(orchard, 300, -0.8), null);
            String index = fixtures.createIndex("{\"source_directory_id\": \"" + dir
                    + "\", \"store_attachments\": [\"items\", \"screenshots\"]}").get("id").asText();
            assertThat(fixtures.awaitSynced(index).at("/metadata/status").asText()).isEqualTo("ready");

            TestServer.Response r = server.post("/api/v1/retrieval/retrieve", "{\"index_id\": \"" + index
                    + "\", \"query\": \"When did the lighthouse keeper retire?\", \"rerank\": {\"enabled\": false}}");

            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode top = r.json().get("results").get(0);
            assertThat(top.toString()).contains("1987").contains("harbour.pdf");
            assertThat(top.get("content").asText()).doesNotContain("Harbour Survey");
            assertThat(top.at("/static_fields/page_range_start").asInt()).isEqualTo(2);
            assertThat(top.at("/static_fields/page_range_end").asInt()).isEqualTo(2);
            assertThat(top.at("/metadata/heading_path").asText()).as(top.toString()).endsWith("Lighthouse");

            String parsed = top.at("/static_fields/parsed_directory_file_id").asText();
            JsonNode attachments = server.get("/api/v1/beta/attachments?source_id=" + parsed).json().get("items");
            assertThat(attachments.findValuesAsText("name")).containsExactlyInAnyOrder("items/page_1.json",
                    "items/page_2.json", "screenshots/page_1.jpg", "screenshots/page_2.jpg");
            String url = server.get("/api/v1/beta/attachments/items/page_2.json?source_id=" + parsed).json()
                    .get("url").asText();
            JsonNode page2 = dev.quire.common.Json.read(fetch(url));
            assertThat(page2.get("page_number").asInt()).isEqualTo(2);
            assertThat(page2.get("items").get(0).get("type").asText()).isEqualTo("heading");
            assertThat(page2.get("items").get(0).get("value").asText()).isEqualTo("Lighthouse");
        }
    }

    private static String fetch(String url) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url)).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
