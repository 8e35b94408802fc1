package dev.quire.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesApiTest {
    private static final String FILES = "/api/v1/beta/files";
    private static final String TIMESTAMP = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";

    @TempDir
    static Path dataDir;
    static TestServer server;
    static String otherKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        String other = server.post("/api/v1/projects", "{\"name\": \"files-b\"}").json().get("id").asText();
        otherKey = server.post("/api/v1/projects/" + other + "/api-keys", "{\"name\": \"b\"}").json().get("key").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode upload(String name, String content, String purpose, String externalId) {
        Multipart form = new Multipart().file("file", name, "application/octet-stream",
                content.getBytes(StandardCharsets.UTF_8)).field("purpose", purpose);
        if (externalId != null) {
            form.field("external_file_id", externalId);
        }
        TestServer.Response r = server.upload(FILES, form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void uploads_a_file_in_the_contract_shape() {
        JsonNode f = upload("Report.Final.PDF", "%PDF-1.4 hello", "user_data", "ext-1");
        assertThat(f.get("id").asText()).matches("[0-9a-f-]{36}");
        assertThat(f.get("name").asText()).isEqualTo("Report.Final.PDF");
        assertThat(f.get("file_type").asText()).isEqualTo("pdf");
        assertThat(f.get("purpose").asText()).isEqualTo("user_data");
        assertThat(f.get("external_file_id").asText()).isEqualTo("ext-1");
        assertThat(f.get("file_size").isIntegralNumber()).isTrue();
        assertThat(f.get("file_size").asLong()).isEqualTo(14);
        assertThat(f.get("project_id").asText()).isNotBlank();
        assertThat(f.get("created_at").asText()).matches(TIMESTAMP);
        assertThat(f.get("last_modified_at").asText()).matches(TIMESTAMP);
        for (String nullKey : List.of("expires_at", "download_url", "data_source_id", "permission_info", "resource_info")) {
            assertThat(f.has(nullKey)).as(nullKey).isTrue();
            assertThat(f.get(nullKey).isNull()).as(nullKey).isTrue();
        }
        JsonNode got = server.get(FILES + "/" + f.get("id").asText()).json();
        assertThat(got.get("name").asText()).isEqualTo("Report.Final.PDF");
    }

    @Test
    void uploads_larger_than_the_json_body_limit_are_accepted() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        TestServer.Response r = server.upload(FILES, new Multipart()
                .file("file", "big.bin", "application/octet-stream", twoMegabytes).field("purpose", "parse"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("file_size").asLong()).isEqualTo(twoMegabytes.length);
    }

    @Test
    void client_paths_in_file_names_are_reduced_to_the_base_name() {
        assertThat(upload("C:\\docs\\..\\evil.txt", "x", "parse", null).get("name").asText()).isEqualTo("evil.txt");
        assertThat(upload("../../etc/passwd", "x", "parse", null).get("name").asText()).isEqualTo("passwd");
        assertThat(upload("noext", "x", "parse", null).get("file_type").isNull()).isTrue();
    }

    @Test
    void upload_validation_names_each_bad_part() {
        TestServer.Response missingFile = server.upload(FILES, new Multipart().field("purpose", "user_data"));
        assertThat(missingFile.status()).isEqualTo(422);
        assertThat(missingFile.json().at("/detail/0/loc")).extracting(JsonNode::asText).containsExactly("body", "file");

        TestServer.Response missingPurpose = server.upload(FILES,
                new Multipart().file("file", "a.txt", "text/plain", new byte[] {1}));
        assertThat(missingPurpose.status()).isEqualTo(422);
        assertThat(missingPurpose.json().at("/detail/0/loc/1").asText()).isEqualTo("purpose");
        assertThat(missingPurpose.json().at("/detail/0/type").asText()).isEqualTo("missing");

        TestServer.Response badPurpose = server.upload(FILES, new Multipart()
                .file("file", "a.txt", "text/plain", new byte[] {1}).field("purpose", "world_domination"));
        assertThat(badPurpose.status()).isEqualTo(422);
        assertThat(badPurpose.json().at("/detail/0/type").asText()).isEqualTo("literal_error");

        assertThat(server.post(FILES, "{\"purpose\": \"user_data\"}").status()).isEqualTo(422);
    }

    @Test
    void lists_newest_first_across_pages_and_filters() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(upload("page-" + i + ".txt", "p" + i, "user_data", "paging-batch").get("id").asText());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = server.get(FILES + "?external_file_id=paging-batch&page_size=2"
                    + (token == null ? "" : "&page_token=" + token)).json();
            assertThat(page.get("items").size()).isPositive();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(new HashSet<>(seen)).hasSize(5);
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);

        JsonNode byName = server.get(FILES + "?external_file_id=paging-batch&order_by=name").json().get("items");
        assertThat(byName).extracting(n -> n.get("name").asText())
                .containsExactly("page-0.txt", "page-1.txt", "page-2.txt", "page-3.txt", "page-4.txt");
        JsonNode byId = server.get(FILES + "?external_file_id=paging-batch&order_by=id&page_size=3").json();
        List<String> sortedIds = new ArrayList<>(created);
        java.util.Collections.sort(sortedIds);
        assertThat(byId.get("items")).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(sortedIds.subList(0, 3));
        JsonNode byIdNext = server.get(FILES + "?external_file_id=paging-batch&order_by=id&page_size=3&page_token="
                + byId.get("next_page_token").asText()).json();
        assertThat(byIdNext.get("items")).extracting(n -> n.get("id").asText()).containsExactlyElementsOf(sortedIds.subList(3, 5));
        assertThat(byIdNext.get("next_page_token").isNull()).isTrue();

        JsonNode two = server.get(FILES + "?file_ids=" + created.get(0) + "&file_ids=" + created.get(3)).json();
        assertThat(two.get("items")).extracting(n -> n.get("id").asText()).containsExactlyInAnyOrder(created.get(0), created.get(3));
        assertThat(server.get(FILES + "?file_name=page-2.txt").json().get("items"))
                .extracting(n -> n.get("id").asText()).containsExactly(created.get(2));
    }

    @Test
    void list_parameters_are_validated() {
        assertThat(server.get(FILES + "?order_by=size").status()).isEqualTo(422);
        assertThat(server.get(FILES + "?order_by=name%20desc").status()).isEqualTo(422);
        assertThat(server.get(FILES + "?order_by=name,id").status()).isEqualTo(422);
        assertThat(server.get(FILES + "?page_size=0").status()).isEqualTo(422);
        assertThat(server.get(FILES + "?page_token=garbage").status()).isEqualTo(400);
        String token = page2Token();
        assertThat(server.get(FILES + "?order_by=name&page_size=1&page_token=" + token).status()).isEqualTo(400);
        assertThat(server.get(FILES + "?page_size=5000&order_by=").status()).isEqualTo(200);
    }

    private static String page2Token() {
        upload("t1.txt", "a", "user_data", null);
        upload("t2.txt", "b", "user_data", null);
        return server.get(FILES + "?page_size=1").json().get("next_page_token").asText();
    }

    @Test
    void the_deprecated_query_endpoint_lists_with_body_filters() {
        String id = upload("queried.txt", "q", "user_data", "query-ext").get("id").asText();
        JsonNode page = server.post(FILES + "/query", "{\"filter\": {\"external_file_id\": \"query-ext\"}}").json();
        assertThat(page.get("items")).extracting(n -> n.get("id").asText()).containsExactly(id);
        assertThat(page.has("total_size")).isTrue();
        assertThat(server.post(FILES + "/query", "{\"order_by\": \"bogus\"}").status()).isEqualTo(422);
        assertThat(server.post(FILES + "/query", "{\"page_size\": 0}").status()).isEqualTo(422);
    }

    @Test
    void presigned_content_links_download_the_exact_bytes_without_a_key() {
        String content = "héllo, wörld — " + "x".repeat(5000);
        JsonNode f = upload("notes é.txt", content, "user_data", null);
        JsonNode link = server.get(FILES + "/" + f.get("id").asText() + "/content").json();
        assertThat(link.get("url").asText()).startsWith(server.baseUrl() + "/storage/v1/objects/");
        assertThat(link.get("expires_at").asText()).matches(TIMESTAMP);
        assertThat(link.has("form_fields")).isTrue();
        assertThat(link.get("form_fields").isNull()).isTrue();

        HttpResponse<byte[]> download = server.fetch(link.get("url").asText());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(content.getBytes(StandardCharsets.UTF_8));
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment").contains("filename*=UTF-8''notes%20%C3%A9.txt");

        JsonNode expanded = server.get(FILES + "/" + f.get("id").asText() + "?expand=download_url").json();
        assertThat(server.fetch(expanded.at("/download_url/url").asText()).body())
                .isEqualTo(content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void presigned_links_that_are_tampered_or_expired_answer_403() throws Exception {
        JsonNode f = upload("secret.txt", "top secret", "user_data", null);
        String url = server.get(FILES + "/" + f.get("id").asText() + "/content?expires_at_seconds=1").json()
                .get("url").asText();
        String token = url.substring(url.lastIndexOf('/') + 1);
        String tampered = server.baseUrl() + "/storage/v1/objects/" + token.substring(0, token.length() - 2)
                + (token.endsWith("AA") ? "BB" : "AA");
        HttpResponse<byte[]> forged = server.fetch(tampered);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(new String(forged.body(), StandardCharsets.UTF_8)).contains("\"detail\"");
        assertThat(server.fetch(server.baseUrl() + "/storage/v1/objects/not-a-token").statusCode()).isEqualTo(403);

        Thread.sleep(1100);
        assertThat(server.fetch(url).statusCode()).isEqualTo(403);
    }

    @Test
    void content_link_lifetime_is_validated() {
        String id = upload("life.txt", "x", "user_data", null).get("id").asText();
        assertThat(server.get(FILES + "/" + id + "/content?expires_at_seconds=604800").status()).isEqualTo(200);
        assertThat(server.get(FILES + "/" + id + "/content?expires_at_seconds=604801").status()).isEqualTo(422);
        assertThat(server.get(FILES + "/" + id + "/content?expires_at_seconds=0").status()).isEqualTo(422);
        assertThat(server.get(FILES + "/" + id + "/content?expires_at_seconds=soon").status()).isEqualTo(422);
    }

    @Test
    void deleting_answers_204_twice_and_the_file_and_its_bytes_are_gone() {
        JsonNode f = upload("gone.txt", "bye", "user_data", null);
        String id = f.get("id").asText();
        String url = server.get(FILES + "/" + id + "/content").json().get("url").asText();
        assertThat(server.delete(FILES + "/" + id).status()).isEqualTo(204);
        assertThat(server.delete(FILES + "/" + id).status()).isEqualTo(204);
        assertThat(server.get(FILES + "/" + id).status()).isEqualTo(404);
        assertThat(server.get(FILES + "/" + id + "/content").status()).isEqualTo(404);
        assertThat(server.get(FILES + "?file_ids=" + id).json().get("items").size()).isZero();
        assertThat(server.fetch(url).statusCode()).isEqualTo(404);
    }

    @Test
    void unknown_and_oddly_shaped_ids_are_404() {
        assertThat(server.get(FILES + "/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(server.get(FILES + "/not%20an%20id").status()).isEqualTo(404);
        assertThat(server.delete(FILES + "/nope").status()).isEqualTo(404);
        assertThat(server.get(FILES + "/nope/content").status()).isEqualTo(404);
    }

    @Test
    void another_projects_files_are_invisible() {
        String id = upload("mine.txt", "mine", "user_data", "tenancy-ext").get("id").asText();
        assertThat(server.send("GET", FILES + "/" + id, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("GET", FILES + "/" + id + "/content", null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("DELETE", FILES + "/" + id, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("GET", FILES + "?external_file_id=tenancy-ext", null, otherKey).json()
                .get("items").size()).isZero();
        assertThat(server.get(FILES + "/" + id).status()).isEqualTo(200);
    }
}
