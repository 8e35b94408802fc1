package dev.quire.directories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFilesApiTest {
    static final String DIRS = "/api/v1/beta/directories";

    @TempDir
    static Path dataDir;
    static TestServer server;
    static String otherKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        String other = server.post("/api/v1/projects", "{\"name\": \"dfl-b\"}").json().get("id").asText();
        otherKey = server.post("/api/v1/projects/" + other + "/api-keys", "{\"name\": \"b\"}").json().get("key").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String directory() {
        return server.post(DIRS, "{\"name\": \"docs\"}").json().get("id").asText();
    }

    static JsonNode file(String name, String externalId) {
        Multipart form = new Multipart().file("file", name, "text/plain", ("content of " + name).getBytes(StandardCharsets.UTF_8))
                .field("purpose", "user_data");
        if (externalId != null) {
            form.field("external_file_id", externalId);
        }
        return server.upload("/api/v1/beta/files", form).json();
    }

    static JsonNode add(String dir, String body) {
        TestServer.Response r = server.post(DIRS + "/" + dir + "/files", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    static String files(String dir) {
        return DIRS + "/" + dir + "/files";
    }

    @Test
    void adds_a_file_with_defaults_and_layered_metadata() {
        String dir = directory();
        JsonNode f = file("guide.md", null);
        JsonNode e = add(dir, "{\"file_id\": \"" + f.get("id").asText() + "\", \"metadata\": {\"team\": \"hr\", "
                + "\"year\": 2024, \"draft\": false, \"tags\": [\"a\", \"b\"], \"none\": null, \"file_type\": \"doc\"}}");
        assertThat(e.get("id").asText()).startsWith("dfl-");
        assertThat(e.get("directory_id").asText()).isEqualTo(dir);
        assertThat(e.get("display_name").asText()).isEqualTo("guide.md");
        assertThat(e.get("unique_id").asText()).isEqualTo("guide.md");
        assertThat(e.get("file_id").asText()).isEqualTo(f.get("id").asText());
        assertThat(e.get("project_id").asText()).isEqualTo(f.get("project_id").asText());
        JsonNode m = e.get("metadata");
        assertThat(m.get("file_name").asText()).isEqualTo("guide.md");
        assertThat(m.get("file_size").isIntegralNumber()).isTrue();
        assertThat(m.get("file_type").asText()).as("user layer wins").isEqualTo("doc");
        assertThat(m.get("year").asInt()).isEqualTo(2024);
        assertThat(m.get("tags")).extracting(JsonNode::asText).containsExactly("a", "b");
        assertThat(m.get("none").isNull()).isTrue();
        assertThat(e.get("deleted_at").isNull()).isTrue();
        assertThat(e.get("download_url").isNull()).isTrue();

        JsonNode withExternal = add(dir, "{\"file_id\": \"" + file("x.pdf", "ext-77").get("id").asText() + "\"}");
        assertThat(withExternal.get("unique_id").asText()).isEqualTo("ext-77");
        JsonNode got = server.get(files(dir) + "/" + e.get("id").asText() + "?expand=download_url").json();
        assertThat(server.fetch(got.at("/download_url/url").asText()).body())
                .isEqualTo("content of guide.md".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_same_unique_id_replaces_the_entry_in_place() throws Exception {
        String dir = directory();
        JsonNode first = add(dir, "{\"file_id\": \"" + file("a.txt", null).get("id").asText()
                + "\", \"unique_id\": \"doc-1\", \"metadata\": {\"v\": 1}}");
        Thread.sleep(2);
        String secondFile = file("b.txt", null).get("id").asText();
        JsonNode second = add(dir, "{\"file_id\": \"" + secondFile + "\", \"unique_id\": \"doc-1\", \"display_name\": \"B\"}");
        assertThat(second.get("id").asText()).isEqualTo(first.get("id").asText());
        assertThat(second.get("file_id").asText()).isEqualTo(secondFile);
        assertThat(second.get("display_name").asText()).isEqualTo("B");
        assertThat(second.get("metadata").has("v")).isFalse();
        assertThat(second.get("updated_at").asText()).isGreaterThan(first.get("updated_at").asText());
        assertThat(second.get("created_at").asText()).isEqualTo(first.get("created_at").asText());
        assertThat(server.get(files(dir)).json().get("items")).hasSize(1);

        Multipart upload = new Multipart().file("upload_file", "c.txt", "text/plain", "c".getBytes(StandardCharsets.UTF_8))
                .field("unique_id", "doc-1");
        assertThat(server.upload(files(dir) + "/upload", upload).json().get("id").asText()).isEqualTo(first.get("id").asText());
    }

    @Test
    void uploads_into_a_directory_with_metadata_as_a_json_string() {
        String dir = directory();
        Multipart form = new Multipart().file("upload_file", "Policy.DOCX", "application/octet-stream", new byte[] {1, 2, 3})
                .field("display_name", "Policy").field("external_file_id", "ext-p")
                .field("metadata", "{\"dept\": \"legal\", \"tags\": [\"x\"]}");
        TestServer.Response r = server.upload(files(dir) + "/upload", form);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.get("display_name").asText()).isEqualTo("Policy");
        assertThat(e.get("unique_id").asText()).isEqualTo("ext-p");
        assertThat(e.at("/metadata/dept").asText()).isEqualTo("legal");
        assertThat(e.at("/metadata/file_type").asText()).isEqualTo("docx");
        assertThat(e.at("/metadata/file_size").asInt()).isEqualTo(3);
        JsonNode file = server.get("/api/v1/beta/files/" + e.get("file_id").asText()).json();
        assertThat(file.get("purpose").asText()).isEqualTo("user_data");
        assertThat(file.get("external_file_id").asText()).isEqualTo("ext-p");
    }

    @Test
    void a_file_part_without_a_file_name_is_the_upload_named_from_display_name() {
        String dir = directory();
        // Larger than the 1 MB form-field limit and not valid UTF-8: it must reach storage byte for byte.
        byte[] bytes = new byte[1_500_000];
        new java.util.Random(7).nextBytes(bytes);
        TestServer.Response r = server.upload(files(dir) + "/upload", new Multipart()
                .unnamedFile("upload_file", bytes).field("display_name", "Scan.pdf"));
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().get("display_name").asText()).isEqualTo("Scan.pdf");
        assertThat(r.json().at("/metadata/file_type").asText()).isEqualTo("pdf");
        assertThat(r.json().at("/metadata/file_size").asInt()).isEqualTo(bytes.length);
        String fileId = r.json().get("file_id").asText();
        assertThat(server.get("/api/v1/beta/files/" + fileId).json().get("name").asText()).isEqualTo("Scan.pdf");
        String url = server.get("/api/v1/beta/files/" + fileId + "/content").json().get("url").asText();
        assertThat(server.fetch(url).body()).isEqualTo(bytes);

        TestServer.Response noName = server.upload(files(dir) + "/upload", new Multipart()
                .unnamedFile("upload_file", "plain".getBytes(StandardCharsets.UTF_8)));
        assertThat(noName.status()).as(noName.body()).isEqualTo(200);
        assertThat(server.get("/api/v1/beta/files/" + noName.json().get("file_id").asText()).json()
                .get("name").asText()).isEqualTo("unknown_file");
    }

    @Test
    void invalid_uploads_are_422_and_leave_no_file_or_blob_behind() throws IOException {
        String dir = directory();
        int filesBefore = server.get("/api/v1/beta/files?page_size=1000").json().get("items").size();
        long blobsBefore = blobCount();

        TestServer.Response badJson = server.upload(files(dir) + "/upload", new Multipart()
                .file("upload_file", "a.txt", "text/plain", new byte[] {1}).field("metadata", "{not json"));
        assertThat(badJson.status()).isEqualTo(422);
        assertThat(badJson.json().at("/detail/0/type").asText()).isEqualTo("json_invalid");

        TestServer.Response notObject = server.upload(files(dir) + "/upload", new Multipart()
                .file("upload_file", "a.txt", "text/plain", new byte[] {1}).field("metadata", "[1]"));
        assertThat(notObject.status()).isEqualTo(422);

        TestServer.Response nested = server.upload(files(dir) + "/upload", new Multipart()
                .file("upload_file", "a.txt", "text/plain", new byte[] {1}).field("metadata", "{\"deep\": {\"x\": 1}}"));
        assertThat(nested.status()).isEqualTo(422);
        assertThat(nested.json().at("/detail/0/loc")).extracting(JsonNode::asText).containsExactly("body", "metadata", "deep");
        assertThat(nested.json().at("/detail/0/msg").asText()).contains("deep");

        TestServer.Response missing = server.upload(files(dir) + "/upload", new Multipart().field("display_name", "x"));
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/detail/0/loc/1").asText()).isEqualTo("upload_file");

        TestServer.Response noDir = server.upload(files("dir-missing") + "/upload", new Multipart()
                .file("upload_file", "a.txt", "text/plain", new byte[] {1}));
        assertThat(noDir.status()).isEqualTo(404);

        assertThat(server.get("/api/v1/beta/files?page_size=1000").json().get("items").size()).isEqualTo(filesBefore);
        assertThat(server.get(files(dir)).json().get("items").size()).isZero();
        assertThat(blobCount()).isEqualTo(blobsBefore);
    }

    @Test
    void add_validation_and_lookups() {
        String dir = directory();
        String fileId = file("v.txt", null).get("id").asText();
        TestServer.Response nested = server.post(files(dir), "{\"file_id\": \"" + fileId + "\", \"metadata\": {\"a\": {\"b\": 1}}}");
        assertThat(nested.status()).isEqualTo(422);
        assertThat(nested.json().at("/detail/0/loc")).extracting(JsonNode::asText).containsExactly("body", "metadata", "a");
        TestServer.Response badList = server.post(files(dir), "{\"file_id\": \"" + fileId + "\", \"metadata\": {\"l\": [\"x\", 2]}}");
        assertThat(badList.status()).isEqualTo(422);
        assertThat(badList.json().at("/detail/0/loc")).extracting(JsonNode::asText).containsExactly("body", "metadata", "l", "1");
        assertThat(server.post(files(dir), "{}").json().at("/detail/0/loc/1").asText()).isEqualTo("file_id");
        assertThat(server.post(files(dir), "{\"file_id\": \"00000000-0000-0000-0000-000000000000\"}").status()).isEqualTo(404);
        assertThat(server.post(files("dir-nope"), "{\"file_id\": \"" + fileId + "\"}").status()).isEqualTo(404);
        assertThat(server.get(files(dir)).json().get("items").size()).isZero();
    }

    @Test
    void lists_oldest_first_across_pages_with_every_filter() throws Exception {
        String dir = directory();
        List<String> ids = new ArrayList<>();
        String[] names = {"Alpha Report.pdf", "beta notes.txt", "GAMMA REPORT.md", "delta.txt", "epsilon report"};
        String middle = null;
        for (int i = 0; i < names.length; i++) {
            String fileId = file(names[i], null).get("id").asText();
            ids.add(add(dir, "{\"file_id\": \"" + fileId + "\", \"unique_id\": \"u" + i + "\"}").get("id").asText());
            Thread.sleep(2);
            if (i == 2) {
                middle = server.get(files(dir) + "/" + ids.get(2)).json().get("updated_at").asText();
            }
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = server.get(files(dir) + "?page_size=2" + (token == null ? "" : "&page_token=" + token)).json();
            assertThat(page.get("items").size()).isPositive();
            page.get("items").forEach(item -> seen.add(item.get("id").asText()));
            token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
            pages++;
        } while (token != null);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids);

        assertThat(idsOf(files(dir) + "?display_name_contains=REPORT")).containsExactly(ids.get(0), ids.get(2), ids.get(4));
        assertThat(idsOf(files(dir) + "?display_name=delta.txt")).containsExactly(ids.get(3));
        assertThat(idsOf(files(dir) + "?unique_id=u1")).containsExactly(ids.get(1));
        String fileOf4 = server.get(files(dir) + "/" + ids.get(4)).json().get("file_id").asText();
        assertThat(idsOf(files(dir) + "?file_id=" + fileOf4)).containsExactly(ids.get(4));
        assertThat(idsOf(files(dir) + "?updated_at_on_or_after=" + middle)).containsExactly(ids.get(2), ids.get(3), ids.get(4));
        assertThat(idsOf(files(dir) + "?updated_at_on_or_before=" + middle)).containsExactly(ids.get(0), ids.get(1), ids.get(2));
        assertThat(idsOf(files(dir) + "?display_name_contains=%25")).isEmpty();
        assertThat(server.get(files(dir) + "?updated_at_on_or_after=yesterday").status()).isEqualTo(422);
        assertThat(server.get(files(dir) + "?page_size=0").status()).isEqualTo(422);
        assertThat(server.get(files(dir) + "?page_token=x").status()).isEqualTo(400);

        assertThat(server.delete(files(dir) + "/" + ids.get(1)).status()).isEqualTo(204);
        assertThat(idsOf(files(dir))).doesNotContain(ids.get(1));
        JsonNode all = server.get(files(dir) + "?include_deleted=true&unique_id=u1").json().get("items");
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("deleted_at").asText()).endsWith("Z");
    }

    private static List<String> idsOf(String path) {
        TestServer.Response r = server.get(path);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        r.json().get("items").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }

    @Test
    void patch_updates_names_metadata_and_unique_ids_with_conflicts_as_409() throws Exception {
        String dir = directory();
        JsonNode a = add(dir, "{\"file_id\": \"" + file("a.txt", null).get("id").asText() + "\", \"metadata\": {\"k\": 1}}");
        add(dir, "{\"file_id\": \"" + file("b.txt", null).get("id").asText() + "\"}");
        String path = files(dir) + "/" + a.get("id").asText();
        Thread.sleep(2);

        JsonNode renamed = server.patch(path, "{\"display_name\": \"Renamed\"}").json();
        assertThat(renamed.get("display_name").asText()).isEqualTo("Renamed");
        assertThat(renamed.at("/metadata/k").asInt()).isEqualTo(1);
        assertThat(renamed.get("updated_at").asText()).isGreaterThan(a.get("updated_at").asText());
        JsonNode replaced = server.patch(path, "{\"metadata\": {\"z\": \"new\"}}").json();
        assertThat(replaced.get("metadata").has("k")).isFalse();
        assertThat(replaced.at("/metadata/z").asText()).isEqualTo("new");
        assertThat(replaced.at("/metadata/file_name").asText()).isEqualTo("a.txt");
        JsonNode cleared = server.patch(path, "{\"metadata\": {}}").json();
        assertThat(cleared.get("metadata").has("z")).isFalse();
        assertThat(cleared.get("metadata").has("file_name")).isTrue();
        assertThat(server.patch(path, "{\"metadata\": null}").json().get("display_name").asText()).isEqualTo("Renamed");

        TestServer.Response clash = server.patch(path, "{\"unique_id\": \"b.txt\"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.header("x-should-retry")).isEqualTo("false");
        assertThat(server.patch(path, "{\"unique_id\": \"a-2\"}").json().get("unique_id").asText()).isEqualTo("a-2");
        assertThat(server.patch(path, "{\"metadata\": {\"bad\": {}}}").status()).isEqualTo(422);
        assertThat(server.patch(files(dir) + "/dfl-nope", "{\"display_name\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void moves_an_entry_to_another_directory_unless_its_unique_id_is_taken_there() {
        String from = directory();
        String to = directory();
        JsonNode entry = add(from, "{\"file_id\": \"" + file("m.txt", null).get("id").asText() + "\", \"unique_id\": \"m\"}");
        add(to, "{\"file_id\": \"" + file("other.txt", null).get("id").asText() + "\", \"unique_id\": \"taken\"}");
        String path = files(from) + "/" + entry.get("id").asText();

        TestServer.Response clash = server.patch(path, "{\"target_directory_id\": \"" + to + "\", \"unique_id\": \"taken\"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.header("x-should-retry")).isEqualTo("false");
        assertThat(server.get(path).status()).isEqualTo(200);

        assertThat(server.patch(path, "{\"target_directory_id\": \"dir-nowhere\"}").status()).isEqualTo(404);
        JsonNode moved = server.patch(path, "{\"target_directory_id\": \"" + to + "\"}").json();
        assertThat(moved.get("id").asText()).isEqualTo(entry.get("id").asText());
        assertThat(moved.get("directory_id").asText()).isEqualTo(to);
        assertThat(server.get(path).status()).isEqualTo(404);
        assertThat(server.get(files(to) + "/" + entry.get("id").asText()).status()).isEqualTo(200);
        assertThat(server.get(files(from)).json().get("items").size()).isZero();
    }

    @Test
    void deleting_entries_is_soft_and_repeatable() {
        String dir = directory();
        String fileId = file("d.txt", null).get("id").asText();
        String id = add(dir, "{\"file_id\": \"" + fileId + "\"}").get("id").asText();
        assertThat(server.delete(files(dir) + "/" + id).status()).isEqualTo(204);
        assertThat(server.delete(files(dir) + "/" + id).status()).isEqualTo(204);
        assertThat(server.get(files(dir) + "/" + id).status()).isEqualTo(404);
        assertThat(server.delete(files(dir) + "/dfl-never").status()).isEqualTo(404);
        assertThat(server.get("/api/v1/beta/files/" + fileId).status()).as("the file stays").isEqualTo(200);
        String again = add(dir, "{\"file_id\": \"" + fileId + "\"}").get("id").asText();
        assertThat(again).as("a deleted entry's unique id is free again").isNotEqualTo(id);
    }

    @Test
    void deleting_a_file_or_a_directory_soft_deletes_the_entries() {
        String dir = directory();
        String other = directory();
        String fileId = file("shared.txt", null).get("id").asText();
        String inDir = add(dir, "{\"file_id\": \"" + fileId + "\"}").get("id").asText();
        String inOther = add(other, "{\"file_id\": \"" + fileId + "\"}").get("id").asText();
        String keep = add(dir, "{\"file_id\": \"" + file("keep.txt", null).get("id").asText() + "\"}").get("id").asText();

        assertThat(server.delete("/api/v1/beta/files/" + fileId).status()).isEqualTo(204);
        assertThat(idsOf(files(dir))).containsExactly(keep);
        assertThat(idsOf(files(other))).isEmpty();
        JsonNode tomb = server.get(files(dir) + "?include_deleted=true&unique_id=shared.txt").json().at("/items/0");
        assertThat(tomb.get("id").asText()).isEqualTo(inDir);
        assertThat(tomb.get("deleted_at").isNull()).isFalse();
        assertThat(server.get(files(other) + "/" + inOther).status()).isEqualTo(404);

        assertThat(server.delete(DIRS + "/" + dir).status()).isEqualTo(204);
        assertThat(server.get(files(dir)).status()).isEqualTo(404);
        assertThat(server.get(files(dir) + "/" + keep).status()).isEqualTo(404);
        assertThat(server.post(files(dir), "{\"file_id\": \"" + file("late.txt", null).get("id").asText() + "\"}").status())
                .isEqualTo(404);
    }

    @Test
    void another_projects_directory_files_are_invisible() {
        String dir = directory();
        String fileId = file("p.txt", null).get("id").asText();
        String id = add(dir, "{\"file_id\": \"" + fileId + "\"}").get("id").asText();
        assertThat(server.send("GET", files(dir), null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("GET", files(dir) + "/" + id, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("PATCH", files(dir) + "/" + id, "{\"display_name\": \"x\"}", otherKey).status()).isEqualTo(404);
        assertThat(server.send("DELETE", files(dir) + "/" + id, null, otherKey).status()).isEqualTo(404);
        String theirDir = server.send("POST", DIRS, "{\"name\": \"theirs\"}", otherKey).json().get("id").asText();
        assertThat(server.send("POST", files(theirDir), "{\"file_id\": \"" + fileId + "\"}", otherKey).status())
                .as("another project's file id").isEqualTo(404);
        assertThat(server.patch(files(dir) + "/" + id, "{\"target_directory_id\": \"" + theirDir + "\"}").status())
                .as("moving into another project's directory").isEqualTo(404);
    }

    private static long blobCount() throws IOException {
        try (Stream<Path> all = Files.walk(dataDir.resolve("blobs"))) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
