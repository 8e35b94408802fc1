package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChatSessionApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;

    static List<String> indexes;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        indexes = server.emptyIndexes(10);
    }

    private static String ids(int... which) {
        StringBuilder out = new StringBuilder();
        for (int i : which) {
            out.append(out.length() == 0 ? "" : ",").append('"').append(indexes.get(i)).append('"');
        }
        return "[" + out + "]";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode create(String body) {
        TestServer.Response r = server.post("/api/v1/chat", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void creates_an_unbound_session_with_the_contract_shape() {
        JsonNode s = create("{}");
        assertThat(s.get("session_id").asText()).startsWith("ses-");
        assertThat(s.get("last_updated_at").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(s.has("generated_title")).isTrue();
        assertThat(s.get("generated_title").isNull()).isTrue();
        assertThat(s.get("index_ids").isNull()).isTrue();
        assertThat(s.get("job_metadata").isNull()).isTrue();
        assertThat(s.get("shared_access").asText()).isEqualTo("read_only");
    }

    @Test
    void a_missing_body_or_an_empty_index_list_means_unbound() {
        TestServer.Response noBody = server.send("POST", "/api/v1/chat", null, TestServer.ADMIN_KEY);
        assertThat(noBody.status()).isEqualTo(200);
        assertThat(noBody.json().get("index_ids").isNull()).isTrue();
        assertThat(create("{\"index_ids\": []}").get("index_ids").isNull()).isTrue();
        assertThat(create("{\"index_ids\": null}").get("index_ids").isNull()).isTrue();
    }

    @Test
    void removes_duplicate_index_ids_and_keeps_their_order() {
        JsonNode s = create("{\"index_ids\": " + ids(1, 0, 1) + "}");
        assertThat(s.get("index_ids")).extracting(JsonNode::asText).containsExactly(indexes.get(1), indexes.get(0));
    }

    @Test
    void ignores_unknown_fields() {
        assertThat(create("{\"whatever\": {\"nested\": 1}, \"index_ids\": " + ids(0) + "}").get("index_ids").size())
                .isEqualTo(1);
    }

    @Test
    void rejects_more_than_ten_indexes_naming_the_field() {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 11; i++) {
            ids.append(i == 0 ? "" : ",").append("\"idx-").append(i).append('"');
        }
        TestServer.Response r = server.post("/api/v1/chat", "{\"index_ids\": [" + ids + "]}");
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().at("/detail/0/loc")).extracting(JsonNode::asText).containsExactly("body", "index_ids");
    }

    @Test
    void ten_distinct_indexes_after_removing_duplicates_are_accepted() {
        assertThat(create("{\"index_ids\": " + ids(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1) + "}").get("index_ids").size())
                .isEqualTo(10);
    }

    @Test
    void rejects_unknown_indexes_with_404_and_creates_nothing() {
        int before = listAll(100).size();
        TestServer.Response r = server.post("/api/v1/chat", "{\"index_ids\": [\"" + indexes.get(0) + "\", \"idx-nope\"]}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().get("detail").asText()).contains("idx-nope");
        assertThat(listAll(100)).hasSize(before);
    }

    @Test
    void an_index_deleted_after_a_session_used_it_is_rejected_at_once() {
        String index = server.emptyIndexes(1).get(0);
        create("{\"index_ids\": [\"" + index + "\"]}");
        assertThat(server.delete("/api/v1/indexes/" + index).status()).isEqualTo(204);

        TestServer.Response r = server.post("/api/v1/chat", "{\"index_ids\": [\"" + index + "\"]}");
        assertThat(r.status()).as(r.body()).isEqualTo(404);
    }

    @Test
    void binds_by_export_config_id_as_well_as_by_index_id() {
        String exportConfigId = server.get("/api/v1/indexes/" + indexes.get(3)).json().get("export_config_id").asText();
        assertThat(create("{\"index_ids\": [\"" + exportConfigId + "\"]}").get("index_ids").get(0).asText())
                .isEqualTo(exportConfigId);
    }

    @Test
    void an_index_of_another_project_is_not_found_even_after_its_own_project_used_it() {
        create("{\"index_ids\": [\"" + indexes.get(2) + "\"]}");
        String otherProject = server.post("/api/v1/projects", "{\"name\": \"chat-other\"}").json().get("id").asText();
        String otherKey = server.post("/api/v1/projects/" + otherProject + "/api-keys", "{\"name\": \"k\"}")
                .json().get("key").asText();

        TestServer.Response r = server.send("POST", "/api/v1/chat", "{\"index_ids\": [\"" + indexes.get(2) + "\"]}",
                otherKey);
        assertThat(r.status()).as(r.body()).isEqualTo(404);
    }

    @Test
    void rejects_wrong_types_with_422_and_the_offending_location() {
        TestServer.Response notList = server.post("/api/v1/chat", "{\"index_ids\": \"idx-1\"}");
        assertThat(notList.status()).isEqualTo(422);
        assertThat(notList.json().at("/detail/0/type").asText()).isEqualTo("list_type");
        assertThat(notList.json().at("/detail/0/loc/1").asText()).isEqualTo("index_ids");

        TestServer.Response badItem = server.post("/api/v1/chat", "{\"index_ids\": [\"ok\", 7]}");
        assertThat(badItem.status()).isEqualTo(422);
        assertThat(badItem.json().at("/detail/0/loc")).extracting(JsonNode::asText)
                .containsExactly("body", "index_ids", "1");

        TestServer.Response badAccess = server.post("/api/v1/chat", "{\"shared_access\": \"everyone\"}");
        assertThat(badAccess.status()).isEqualTo(422);
    }

    @Test
    void rejects_malformed_json_and_non_objects() {
        TestServer.Response malformed = server.post("/api/v1/chat", "{\"index_ids\": [");
        assertThat(malformed.status()).isEqualTo(422);
        assertThat(malformed.json().at("/detail/0/type").asText()).isEqualTo("json_invalid");

        assertThat(server.post("/api/v1/chat", "[1, 2]").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/chat", "\"text\"").status()).isEqualTo(422);
    }

    @Test
    void rejects_oversized_bodies_with_413_and_creates_nothing() {
        int before = listAll(100).size();
        String huge = "{\"index_ids\": [\"" + "x".repeat(2_000_000) + "\"]}";
        TestServer.Response r = server.post("/api/v1/chat", huge);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().get("detail").asText()).isNotBlank();
        assertThat(listAll(100)).hasSize(before);
    }

    @Test
    void failed_creates_leave_no_session_behind() {
        int before = listAll(100).size();
        server.post("/api/v1/chat", "{\"index_ids\": 3}");
        server.post("/api/v1/chat", "{bad json");
        assertThat(listAll(100)).hasSize(before);
    }

    @Test
    void retrieves_a_session_with_an_empty_event_history_and_its_summary() {
        String id = create("{\"index_ids\": " + ids(1) + "}").get("session_id").asText();
        JsonNode full = server.get("/api/v1/chat/" + id).json();
        assertThat(full.get("session_id").asText()).isEqualTo(id);
        assertThat(full.get("events").isArray()).isTrue();
        assertThat(full.get("events").size()).isZero();

        JsonNode summary = server.get("/api/v1/chat/" + id + "/summary").json();
        assertThat(summary.has("events")).isFalse();
        assertThat(summary.get("index_ids").get(0).asText()).isEqualTo(indexes.get(1));
    }

    @Test
    void unknown_sessions_are_404() {
        assertThat(server.get("/api/v1/chat/ses-00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(server.get("/api/v1/chat/not-even-an-id/summary").status()).isEqualTo(404);
        assertThat(server.delete("/api/v1/chat/ses-never").status()).isEqualTo(404);
    }

    @Test
    void deleting_answers_204_twice_and_then_the_session_is_gone() {
        String id = create("{}").get("session_id").asText();
        TestServer.Response first = server.delete("/api/v1/chat/" + id);
        assertThat(first.status()).isEqualTo(204);
        assertThat(first.body()).isEmpty();
        assertThat(server.delete("/api/v1/chat/" + id).status()).isEqualTo(204);
        assertThat(server.get("/api/v1/chat/" + id).status()).isEqualTo(404);
        assertThat(server.get("/api/v1/chat/" + id + "/summary").status()).isEqualTo(404);
        assertThat(listAll(100)).doesNotContain(id);
    }

    @Test
    void lists_newest_first_across_pages_without_duplicates_even_with_concurrent_inserts() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("{}").get("session_id").asText());
        }
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = server.get("/api/v1/chat?page_size=2" + (token == null ? "" : "&page_token=" + token)).json();
            page.get("items").forEach(item -> seen.add(item.get("session_id").asText()));
            assertThat(page.get("items").size()).isPositive();
            token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
            assertThat(token).isNotEqualTo("");
            create("{}"); // a newer session appears between pages: keyset paging must not shift
            pages++;
        } while (token != null);

        assertThat(pages).isGreaterThan(2);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsSubsequence(newestFirst);
    }

    @Test
    void page_size_is_validated_and_coerced() {
        assertThat(server.get("/api/v1/chat?page_size=0").status()).isEqualTo(422);
        assertThat(server.get("/api/v1/chat?page_size=abc").status()).isEqualTo(422);
        assertThat(server.get("/api/v1/chat?page_size=5000").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat?page_token=garbage").status()).isEqualTo(400);
        assertThat(server.get("/api/v1/chat?page_size=&page_token=").status()).isEqualTo(200);
    }

    private static List<String> listAll(int pageSize) {
        List<String> ids = new ArrayList<>();
        String token = null;
        do {
            JsonNode page = server.get("/api/v1/chat?page_size=" + pageSize
                    + (token == null ? "" : "&page_token=" + token)).json();
            page.get("items").forEach(item -> ids.add(item.get("session_id").asText()));
            token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
        } while (token != null);
        Set<String> unique = new HashSet<>(ids);
        assertThat(unique).hasSize(ids.size());
        return ids;
    }
}
