package dev.quire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.ingest.TestPdfs;
import dev.quire.testing.GeneratedDocs;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse API over HTTP on the real server: jobs to completion, and bad input that fails clearly. */
class ParseApiTest {
    private static final String FAST = "{\"tier\": \"fast\", \"version\": \"latest\"}";

    @TempDir
    static Path dataDir;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode upload(HttpApi api, String name, byte[] bytes, String configuration) {
        HttpApi.Response r = api.upload("/api/v2/parse/upload", new Multipart().field("configuration", configuration)
                .file("file", name, "application/octet-stream", bytes));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static JsonNode await(HttpApi api, String jobId, String expand) {
        for (int i = 0; i < 600; i++) {
            JsonNode got = api.get("/api/v2/parse/" + jobId + (expand.isEmpty() ? "" : "?" + expand)).json();
            if (!List.of("PENDING", "RUNNING").contains(got.path("job").path("status").asText())) {
                return got;
            }
            sleep(100);
        }
        throw new AssertionError("job " + jobId + " did not finish");
    }

    private static JsonNode failed(String name, byte[] bytes) {
        JsonNode job = upload(server, name, bytes, FAST);
        JsonNode done = await(server, job.get("id").asText(), "").get("job");
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("FAILED");
        return done;
    }

    @Test
    void a_structured_pdf_completes_with_text_markdown_and_items_per_page() {
        byte[] pdf = GeneratedDocs.pdf(dev.quire.ingest.StructuredParserTestDocs.REPORT);
        JsonNode job = upload(server, "report.pdf", pdf, "{\"tier\": \"fast\", \"version\": \"latest\", "
                + "\"name\": \"annual\", \"user_metadata\": {\"team\": \"finance\"}}");
        assertThat(job.get("status").asText()).isIn("PENDING", "RUNNING");
        assertThat(job.get("tier").asText()).isEqualTo("fast");

        JsonNode got = await(server, job.get("id").asText(),
                "expand=text&expand=markdown&expand=items&expand=markdown_full&expand=job_metadata");

        assertThat(got.path("job").path("status").asText()).isEqualTo("COMPLETED");
        assertThat(got.path("job").path("user_metadata").path("team").asText()).isEqualTo("finance");
        assertThat(got.path("markdown").path("pages")).hasSize(2);
        JsonNode page1 = got.path("markdown").path("pages").get(0);
        assertThat(page1.path("markdown").asText()).startsWith("# Annual Results").contains("| North | 1200 | 4% |");
        assertThat(page1.path("header").asText()).isEqualTo(GeneratedDocs.RUNNING_HEADER);
        assertThat(got.path("text").path("pages").get(1).path("text").asText()).contains("steady demand");
        JsonNode items = got.path("items").path("pages").get(0).path("items");
        assertThat(items.findValuesAsText("type")).contains("header", "heading", "table", "list", "footer");
        JsonNode table = Stream.of(items).flatMap(n -> java.util.stream.StreamSupport.stream(n.spliterator(), false))
                .filter(i -> i.path("type").asText().equals("table")).findFirst().orElseThrow();
        assertThat(table.path("rows").get(1).toString()).isEqualTo("[\"North\",\"1200\",\"4%\"]");
        assertThat(table.path("bbox").get(0).path("w").asDouble()).isPositive();
        assertThat(got.path("markdown_full").asText()).contains("## Outlook");
        assertThat(got.path("job_metadata").path("pages").asInt()).isEqualTo(2);
    }

    @Test
    void target_pages_parse_only_those_pages() {
        byte[] pdf = TestPdfs.pdf(null, IntStream.rangeClosed(1, 5).mapToObj(i -> List.of("Content of page " + i)).toList());
        JsonNode job = upload(server, "five.pdf", pdf,
                "{\"tier\": \"fast\", \"version\": \"latest\", \"page_ranges\": {\"target_pages\": \"2,4-5\"}}");

        JsonNode got = await(server, job.get("id").asText(), "expand=text");

        assertThat(got.path("text").path("pages").findValuesAsText("text"))
                .containsExactly("Content of page 2", "Content of page 4", "Content of page 5");
        assertThat(got.path("text").path("pages").findValues("page_number").stream().map(JsonNode::asInt))
                .containsExactly(2, 4, 5);
    }

    @Test
    void bad_documents_fail_with_their_reason() throws IOException {
        assertThat(failed("data.xyz", new byte[] {0, 1, 2, 3, (byte) 0xff, 9, 9, 9}).get("error_message").asText())
                .startsWith("unsupported file type");
        assertThat(failed("broken.pdf", "%PDF-1.7 this is not a pdf".getBytes(StandardCharsets.US_ASCII))
                .get("error_message").asText()).startsWith("corrupt PDF");
        assertThat(failed("secret.pdf", TestPdfs.encryptedPdf(List.of(List.of("hidden")), "pw"))
                .get("error_message").asText()).isEqualTo("encrypted PDF");
        assertThat(failed("empty.pdf", new byte[0]).get("error_message").asText()).isEqualTo("empty file");
        assertThat(failed("bomb.zip", zipBomb()).get("error_message").asText())
                .startsWith("rejected as a suspected zip bomb");
        byte[] long2001 = TestPdfs.pdf(null, IntStream.rangeClosed(1, 2001).mapToObj(i -> List.of("p" + i)).toList());
        assertThat(failed("long.pdf", long2001).get("error_message").asText())
                .isEqualTo("too many pages: 2001 to parse, the limit is 2000 (choose pages with page_ranges)");
    }

    @Test
    void requests_the_server_cannot_honour_are_refused_and_create_nothing() {
        int before = server.get("/api/v2/parse?page_size=1000").json().path("items").size();
        HttpApi.Response agentic = server.post("/api/v2/parse", "{\"tier\": \"agentic\", \"version\": \"latest\", \"file_id\": \"x\"}");
        assertThat(agentic.status()).isEqualTo(422);
        assertThat(agentic.body()).contains("supported tiers: fast");
        HttpApi.Response version = server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"1999-01-01\", \"file_id\": \"x\"}");
        assertThat(version.status()).isEqualTo(422);
        assertThat(version.body()).contains("2026-06-15");
        assertThat(server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\"}").status()).isEqualTo(422);
        assertThat(server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\", \"file_id\": \"a\", "
                + "\"source_url\": \"http://127.0.0.1:1/x.pdf\"}").status()).isEqualTo(422);
        assertThat(server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\", \"file_id\": \"nope\"}")
                .status()).isEqualTo(404);
        HttpApi.Response unreachable = server.post("/api/v2/parse",
                "{\"tier\": \"fast\", \"version\": \"latest\", \"source_url\": \"http://unreachable.invalid/x.pdf\"}");
        assertThat(unreachable.status()).isEqualTo(400);
        assertThat(unreachable.body()).contains("could not fetch source_url");
        // Internal addresses are refused before any connection: the API is no way into the private network.
        for (String internal : java.util.List.of("http://127.0.0.1:1/x.pdf", "http://10.1.2.3/x.pdf",
                "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/x.pdf", "http://localhost/x.pdf")) {
            HttpApi.Response refused = server.post("/api/v2/parse",
                    "{\"tier\": \"fast\", \"version\": \"latest\", \"source_url\": \"" + internal + "\"}");
            assertThat(refused.status()).as(internal).isEqualTo(400);
            assertThat(refused.body()).as(internal).contains("private or loopback address");
        }
        HttpApi.Response webhook = server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\", "
                + "\"file_id\": \"x\", \"webhook_configurations\": [{\"webhook_url\": \"http://x\"}]}");
        assertThat(webhook.status()).isEqualTo(422);
        assertThat(server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\", \"file_id\": \"x\", "
                + "\"page_ranges\": {\"target_pages\": \"3,3\"}}").status()).isEqualTo(422);
        assertThat(server.post("/api/v2/parse", "{\"tier\": \"fast\", \"version\": \"latest\", \"file_id\": \"x\", "
                + "\"processing_options\": {\"ocr_parameters\": {\"languages\": [\"xx\"]}}}").status()).isEqualTo(422);
        assertThat(server.get("/api/v2/parse?page_size=1000").json().path("items").size()).isEqualTo(before);
    }

    @Test
    void unknown_expansions_and_unknown_jobs_are_clear_errors() {
        JsonNode job = upload(server, "a.md", "# A\n\ntext".getBytes(StandardCharsets.UTF_8), FAST);
        await(server, job.get("id").asText(), "");
        HttpApi.Response images = server.get("/api/v2/parse/" + job.get("id").asText() + "?expand=images_content_metadata");
        assertThat(images.status()).isEqualTo(422);
        assertThat(images.body()).contains("supported: text, markdown, items");
        assertThat(server.get("/api/v2/parse/pjb-unknown").status()).isEqualTo(404);
    }

    @Test
    void cancel_while_running_stops_the_job_and_delete_waits_for_a_final_state() {
        byte[] scan = GeneratedDocs.scan(TestPdfs.pdf(null, IntStream.rangeClosed(1, 12)
                .mapToObj(i -> List.of("Scanned page number " + i)).toList()), 300, 0);
        String id = upload(server, "scan.pdf", scan, FAST).get("id").asText();
        waitForStatus(id, "RUNNING");

        HttpApi.Response delete = server.delete("/api/v2/parse/" + id);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.body()).contains("cancel it before deleting it");
        HttpApi.Response cancel = server.post("/api/v2/parse/" + id + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().get("status").asText()).isEqualTo("CANCELLED");
        assertThat(server.post("/api/v2/parse/" + id + "/cancel", "").status()).isEqualTo(409);
        sleep(1500);
        assertThat(server.get("/api/v2/parse/" + id).json().path("job").path("status").asText()).isEqualTo("CANCELLED");

        long blobsBefore = blobCount();
        HttpApi.Response deleted = server.delete("/api/v2/parse/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("id").asText()).isEqualTo(id);
        assertThat(blobCount()).isEqualTo(blobsBefore - 1);
        assertThat(server.get("/api/v2/parse/" + id).status()).isEqualTo(404);
    }

    @Test
    void another_projects_job_is_not_found() {
        String job = upload(server, "a.md", "# Mine".getBytes(StandardCharsets.UTF_8), FAST).get("id").asText();
        String project = server.post("/api/v1/projects", "{\"name\": \"other-parse\"}").json().get("id").asText();
        String key = server.post("/api/v1/projects/" + project + "/api-keys", "{\"name\": \"k\"}").json().get("key").asText();
        HttpApi other = new HttpApi(server.baseUrl(), key);

        assertThat(other.get("/api/v2/parse/" + job).status()).isEqualTo(404);
        assertThat(other.post("/api/v2/parse/" + job + "/cancel", "").status()).isEqualTo(404);
        assertThat(other.delete("/api/v2/parse/" + job).status()).isEqualTo(404);
        assertThat(other.get("/api/v2/parse").json().path("items")).isEmpty();
        assertThat(server.get("/api/v2/parse/" + job).status()).isEqualTo(200);
    }

    private void waitForStatus(String id, String status) {
        for (int i = 0; i < 300; i++) {
            if (server.get("/api/v2/parse/" + id).json().path("job").path("status").asText().equals(status)) {
                return;
            }
            sleep(50);
        }
        throw new AssertionError("job " + id + " never " + status);
    }

    private static long blobCount() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).filter(p -> p.toString().contains("blobs")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("bomb.txt"));
            byte[] letters = new byte[1 << 20];
            java.util.Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 50; i++) {
                zip.write(letters);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
