package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listing and revoking API keys: no secret is ever shown again, and a revoked key stops at once. */
class ApiKeysApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static String defaultProject;
    static String otherProject;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        defaultProject = server.get("/api/v1/projects").json().get(0).get("id").asText();
        otherProject = server.post("/api/v1/projects", "{\"name\": \"keys-b\"}").json().get("id").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode createKey(String project, String body) {
        TestServer.Response r = server.post("/api/v1/projects/" + project + "/api-keys", body);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private static List<JsonNode> list(String project) {
        TestServer.Response r = server.get("/api/v1/projects/" + project + "/api-keys");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("key_hash");
        List<JsonNode> keys = new ArrayList<>();
        r.json().forEach(keys::add);
        return keys;
    }

    @Test
    void lists_a_projects_keys_without_their_secrets() {
        JsonNode created = createKey(otherProject, "{\"name\": \"ci\", \"role\": \"member\"}");
        String secret = created.get("key").asText();

        TestServer.Response r = server.get("/api/v1/projects/" + otherProject + "/api-keys");
        assertThat(r.body()).doesNotContain(secret).doesNotContain(ApiKeys.hash(secret));
        JsonNode listed = list(otherProject).stream()
                .filter(k -> k.get("id").asText().equals(created.get("id").asText())).findFirst().orElseThrow();
        assertThat(listed.get("name").asText()).isEqualTo("ci");
        assertThat(listed.get("role").asText()).isEqualTo("member");
        assertThat(listed.get("prefix").asText()).isEqualTo(secret.substring(0, 8));
        assertThat(listed.get("created_at").asText()).isEqualTo(created.get("created_at").asText());
        assertThat(listed.get("last_used_at").isNull()).isTrue();
        assertThat(listed.has("key")).isFalse();
        assertThat(list(defaultProject)).noneMatch(k -> k.get("id").asText().equals(created.get("id").asText()));
    }

    @Test
    void a_keys_use_is_recorded_at_most_once_a_minute() {
        JsonNode created = createKey(otherProject, "{\"name\": \"used\"}");
        String secret = created.get("key").asText();

        assertThat(server.send("GET", "/api/v1/projects", null, secret).status()).isEqualTo(200);
        String firstUse = lastUsed(created.get("id").asText());
        assertThat(firstUse).endsWith("Z");
        assertThat(server.send("GET", "/api/v1/projects", null, secret).status()).isEqualTo(200);
        assertThat(lastUsed(created.get("id").asText())).isEqualTo(firstUse);
    }

    private static String lastUsed(String keyId) {
        return list(otherProject).stream().filter(k -> k.get("id").asText().equals(keyId))
                .findFirst().orElseThrow().get("last_used_at").asText();
    }

    @Test
    void a_revoked_key_is_refused_on_its_very_next_request() {
        JsonNode created = createKey(otherProject, "{\"name\": \"leaked\"}");
        String secret = created.get("key").asText();
        String id = created.get("id").asText();
        assertThat(server.send("GET", "/api/v1/chat", null, secret).status()).isEqualTo(200);

        assertThat(server.delete("/api/v1/projects/" + otherProject + "/api-keys/" + id).status()).isEqualTo(204);

        assertThat(server.send("GET", "/api/v1/chat", null, secret).status()).isEqualTo(401);
        assertThat(list(otherProject)).noneMatch(k -> k.get("id").asText().equals(id));
        // A retried DELETE after a lost 204 is not an error.
        assertThat(server.delete("/api/v1/projects/" + otherProject + "/api-keys/" + id).status()).isEqualTo(204);
    }

    @Test
    void an_admin_may_revoke_the_key_it_is_using() {
        JsonNode admin = createKey(defaultProject, "{\"name\": \"temp admin\", \"role\": \"admin\"}");
        String secret = admin.get("key").asText();

        TestServer.Response r = server.send("DELETE",
                "/api/v1/projects/" + defaultProject + "/api-keys/" + admin.get("id").asText(), null, secret);

        assertThat(r.status()).isEqualTo(204);
        assertThat(server.send("GET", "/api/v1/projects", null, secret).status()).isEqualTo(401);
    }

    @Test
    void unknown_and_foreign_keys_are_not_found() {
        String id = createKey(otherProject, "{\"name\": \"b only\"}").get("id").asText();

        assertThat(server.delete("/api/v1/projects/" + defaultProject + "/api-keys/" + id).status()).isEqualTo(404);
        assertThat(server.delete("/api/v1/projects/" + otherProject + "/api-keys/nope").status()).isEqualTo(404);
        assertThat(server.delete("/api/v1/projects/nope/api-keys/" + id).status()).isEqualTo(404);
        assertThat(server.get("/api/v1/projects/nope/api-keys").status()).isEqualTo(404);
        assertThat(list(otherProject)).anyMatch(k -> k.get("id").asText().equals(id));
    }

    @Test
    void a_member_key_can_neither_list_nor_revoke() {
        JsonNode member = createKey(otherProject, "{\"name\": \"member\"}");
        String secret = member.get("key").asText();
        String path = "/api/v1/projects/" + otherProject + "/api-keys";

        assertThat(server.send("GET", path, null, secret).status()).isEqualTo(403);
        assertThat(server.send("DELETE", path + "/" + member.get("id").asText(), null, secret).status())
                .isEqualTo(403);
        assertThat(server.send("GET", path, null, secret).status()).isEqualTo(403);
    }
}
