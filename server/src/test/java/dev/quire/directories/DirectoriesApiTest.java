package dev.quire.directories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoriesApiTest {
    static final String DIRS = "/api/v1/beta/directories";

    @TempDir
    static Path dataDir;
    static TestServer server;
    static String otherKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        String other = server.post("/api/v1/projects", "{\"name\": \"dirs-b\"}").json().get("id").asText();
        otherKey = server.post("/api/v1/projects/" + other + "/api-keys", "{\"name\": \"b\"}").json().get("key").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode create(String body) {
        TestServer.Response r = server.post(DIRS, body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void creates_a_directory_in_the_contract_shape() {
        JsonNode d = create("{\"name\": \"Handbooks\", \"description\": \"HR\", \"system_metadata\": {\"k\": [1, {\"x\": 2}]}}");
        assertThat(d.get("id").asText()).startsWith("dir-");
        assertThat(d.get("name").asText()).isEqualTo("Handbooks");
        assertThat(d.get("description").asText()).isEqualTo("HR");
        assertThat(d.get("type").asText()).isEqualTo("user");
        assertThat(d.at("/system_metadata/k/1/x").asInt()).isEqualTo(2);
        assertThat(d.get("created_at").asText()).endsWith("Z");
        assertThat(d.get("updated_at").asText()).endsWith("Z");
        for (String nullKey : List.of("deleted_at", "expires_at", "connector_subscription_id")) {
            assertThat(d.has(nullKey)).isTrue();
            assertThat(d.get(nullKey).isNull()).as(nullKey).isTrue();
        }
        assertThat(server.get(DIRS + "/" + d.get("id").asText()).json().get("name").asText()).isEqualTo("Handbooks");
    }

    @Test
    void ephemeral_directories_expire_after_a_day_unless_told_otherwise() {
        JsonNode d = create("{\"name\": \"tmp\", \"type\": \"ephemeral\"}");
        Instant expires = Instant.parse(d.get("expires_at").asText());
        assertThat(expires.getEpochSecond()).isCloseTo(Instant.now().plusSeconds(86_400).getEpochSecond(), within(60L));
        JsonNode explicit = create("{\"name\": \"tmp\", \"type\": \"ephemeral\", \"expires_at\": \"2031-01-02T03:04:05\"}");
        assertThat(explicit.get("expires_at").asText()).isEqualTo("2031-01-02T03:04:05.000000Z");
    }

    @Test
    void create_validation_follows_the_contract() {
        assertThat(server.post(DIRS, "{}").json().at("/detail/0/type").asText()).isEqualTo("missing");
        TestServer.Response empty = server.post(DIRS, "{\"name\": \"\"}");
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().at("/detail/0/loc/1").asText()).isEqualTo("name");
        assertThat(server.post(DIRS, "{\"name\": null}").status()).isEqualTo(422);
        assertThat(server.post(DIRS, "{\"name\": 5}").status()).isEqualTo(422);
        TestServer.Response index = server.post(DIRS, "{\"name\": \"x\", \"type\": \"index\"}");
        assertThat(index.status()).isEqualTo(422);
        assertThat(index.json().at("/detail/0/loc/1").asText()).isEqualTo("type");
        assertThat(server.post(DIRS, "{\"name\": \"x\", \"type\": \"folder\"}").status()).isEqualTo(422);
        TestServer.Response connector = server.post(DIRS, "{\"name\": \"x\", \"connector_subscription_id\": \"cs-1\"}");
        assertThat(connector.status()).isEqualTo(422);
        assertThat(connector.json().at("/detail/0/loc/1").asText()).isEqualTo("connector_subscription_id");
        assertThat(server.post(DIRS, "{\"name\": \"x\", \"connector_subscription_id\": null}").status()).isEqualTo(200);
        assertThat(server.post(DIRS, "{\"name\": \"x\", \"expires_at\": \"tomorrow\"}").status()).isEqualTo(422);
        assertThat(server.post(DIRS, "{\"name\": \"x\", \"system_metadata\": [1]}").status()).isEqualTo(422);
        assertThat(server.post(DIRS, "{\"name\": ").json().at("/detail/0/type").asText()).isEqualTo("json_invalid");
    }

    @Test
    void lists_newest_first_across_pages_with_filters() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(create("{\"name\": \"paged\"}").get("id").asText());
        }
        String eph = create("{\"name\": \"paged\", \"type\": \"ephemeral\"}").get("id").asText();
        List<String> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = server.get(DIRS + "?name=paged&type=user&page_size=2"
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

        assertThat(server.get(DIRS + "?name=paged").json().get("items").size()).isEqualTo(6);
        assertThat(server.get(DIRS + "?name=paged&types=ephemeral").json().get("items"))
                .extracting(n -> n.get("id").asText()).containsExactly(eph);
        assertThat(server.get(DIRS + "?name=paged&types=ephemeral&types=user").json().get("items").size()).isEqualTo(6);
        assertThat(server.get(DIRS + "?name=paged&types=index").json().get("items").size()).isZero();
        assertThat(server.get(DIRS + "?types=folder").status()).isEqualTo(422);
        assertThat(server.get(DIRS + "?page_size=0").status()).isEqualTo(422);
        assertThat(server.get(DIRS + "?page_token=bogus").status()).isEqualTo(400);
        assertThat(server.get(DIRS + "?include_deleted=maybe").status()).isEqualTo(422);
        assertThat(server.get(DIRS + "?data_source_id=ignored&name=paged").json().get("items").size()).isEqualTo(6);
    }

    @Test
    void patch_changes_only_what_is_sent() throws Exception {
        JsonNode d = create("{\"name\": \"before\", \"description\": \"desc\"}");
        String path = DIRS + "/" + d.get("id").asText();
        Thread.sleep(2);
        JsonNode renamed = server.patch(path, "{\"name\": \"after\"}").json();
        assertThat(renamed.get("name").asText()).isEqualTo("after");
        assertThat(renamed.get("description").asText()).isEqualTo("desc");
        assertThat(renamed.get("updated_at").asText()).isGreaterThan(d.get("updated_at").asText());
        JsonNode kept = server.patch(path, "{\"name\": null}").json();
        assertThat(kept.get("name").asText()).isEqualTo("after");
        assertThat(kept.get("description").asText()).isEqualTo("desc");
        JsonNode cleared = server.patch(path, "{\"description\": null}").json();
        assertThat(cleared.get("description").isNull()).isTrue();
        assertThat(server.patch(path, "{\"name\": \"\"}").status()).isEqualTo(422);
        assertThat(server.patch(path, "{\"description\": 3}").status()).isEqualTo(422);
        assertThat(server.get(path).json().get("name").asText()).isEqualTo("after");
        assertThat(server.patch(DIRS + "/dir-nope", "{\"name\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void deleting_tombstones_answers_204_twice_and_hides_the_directory() {
        String id = create("{\"name\": \"doomed\"}").get("id").asText();
        assertThat(server.delete(DIRS + "/" + id).status()).isEqualTo(204);
        assertThat(server.delete(DIRS + "/" + id).status()).isEqualTo(204);
        assertThat(server.get(DIRS + "/" + id).status()).isEqualTo(404);
        assertThat(server.patch(DIRS + "/" + id, "{\"name\": \"x\"}").status()).isEqualTo(404);
        assertThat(server.get(DIRS + "?name=doomed").json().get("items").size()).isZero();
        JsonNode withDeleted = server.get(DIRS + "?name=doomed&include_deleted=true").json().get("items");
        assertThat(withDeleted).hasSize(1);
        assertThat(withDeleted.get(0).get("deleted_at").asText()).endsWith("Z");
        assertThat(server.delete(DIRS + "/dir-never").status()).isEqualTo(404);
        assertThat(server.get(DIRS + "/%20odd%2Fid").status()).isEqualTo(404);
    }

    @Test
    void another_projects_directories_are_invisible() {
        String id = create("{\"name\": \"private-dir\"}").get("id").asText();
        assertThat(server.send("GET", DIRS + "/" + id, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("PATCH", DIRS + "/" + id, "{\"name\": \"x\"}", otherKey).status()).isEqualTo(404);
        assertThat(server.send("DELETE", DIRS + "/" + id, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("GET", DIRS + "?name=private-dir", null, otherKey).json().get("items").size()).isZero();
        assertThat(server.get(DIRS + "/" + id).status()).isEqualTo(200);
    }
}
