package dev.quire.indexes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Builds directories, uploads and indexes through the API, and waits for syncs. */
final class IndexFixtures {
    private final TestServer server;

    IndexFixtures(TestServer server) {
        this.server = server;
    }

    String directory(String name) {
        TestServer.Response r = server.post("/api/v1/beta/directories", "{\"name\": \"" + name + "\"}");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    JsonNode upload(String directoryId, String fileName, String contentType, byte[] bytes, String metadataJson) {
        Multipart form = new Multipart().file("upload_file", fileName, contentType, bytes);
        if (metadataJson != null) {
            form.field("metadata", metadataJson);
        }
        TestServer.Response r = server.upload("/api/v1/beta/directories/" + directoryId + "/files/upload", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    JsonNode createIndex(String body) {
        TestServer.Response r = server.post("/api/v1/indexes", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    /** Polls until the index's status is terminal; returns the index. */
    JsonNode awaitSynced(String indexId) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode index = server.get("/api/v1/indexes/" + indexId + "?expand=sync_in_progress").json();
            String status = index.at("/metadata/status").asText();
            if ((status.equals("ready") || status.equals("failed")) && !index.get("sync_in_progress").asBoolean()) {
                return index;
            }
            sleep(100);
        }
        throw new AssertionError("index " + indexId + " did not finish syncing");
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static byte[] docx(String... paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
