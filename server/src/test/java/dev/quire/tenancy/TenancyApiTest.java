package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenancyApiTest {
    @TempDir
    static Path dataDir;
    static TestServer server;
    static String defaultProject;
    static String otherProject;
    static String otherKey;

    @BeforeAll
    static void start() {
        server = TestServer.start(dataDir);
        defaultProject = server.get("/api/v1/projects").json().get(0).get("id").asText();
        otherProject = server.post("/api/v1/projects", "{\"name\": \"team-b\"}").json().get("id").asText();
        otherKey = server.post("/api/v1/projects/" + otherProject + "/api-keys", "{\"name\": \"ci\"}")
                .json().get("key").asText();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void every_api_route_needs_a_valid_key() {
        TestServer.Response none = server.send("GET", "/api/v1/chat", null, null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(none.json().get("detail").asText()).isNotBlank();
        assertThat(server.send("POST", "/api/v1/chat", "{}", "qk-wrong").status()).isEqualTo(401);
        assertThat(server.send("GET", "/api/v1/projects", null, "").status()).isEqualTo(401);
    }

    @Test
    void lists_and_gets_projects_in_the_contract_shape() {
        JsonNode projects = server.get("/api/v1/projects").json();
        assertThat(projects.isArray()).isTrue();
        JsonNode first = projects.get(0);
        assertThat(first.get("is_default").asBoolean()).isTrue();
        assertThat(first.get("created_at").asText()).endsWith("Z");
        assertThat(first.has("organization_id")).isTrue();
        assertThat(server.get("/api/v1/projects?project_name=team-b").json().get(0).get("id").asText())
                .isEqualTo(otherProject);
        assertThat(server.get("/api/v1/projects/" + otherProject).json().get("name").asText()).isEqualTo("team-b");
        assertThat(server.get("/api/v1/projects/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void one_projects_sessions_are_invisible_to_another_projects_key() {
        String mine = server.post("/api/v1/chat", "{}").json().get("session_id").asText();

        assertThat(server.send("GET", "/api/v1/chat/" + mine, null, otherKey).status()).isEqualTo(404);
        assertThat(server.send("DELETE", "/api/v1/chat/" + mine, null, otherKey).status()).isEqualTo(404);
        JsonNode theirList = server.send("GET", "/api/v1/chat", null, otherKey).json().get("items");
        theirList.forEach(s -> assertThat(s.get("session_id").asText()).isNotEqualTo(mine));
        assertThat(server.get("/api/v1/chat/" + mine).status()).isEqualTo(200);
    }

    @Test
    void a_member_key_cannot_reach_another_project_or_administer() {
        assertThat(server.send("GET", "/api/v1/chat?project_id=" + defaultProject, null, otherKey).status())
                .isEqualTo(403);
        assertThat(server.send("GET", "/api/v1/projects/" + defaultProject, null, otherKey).status()).isEqualTo(403);
        assertThat(server.send("POST", "/api/v1/projects", "{\"name\": \"x\"}", otherKey).status()).isEqualTo(403);
        JsonNode visible = server.send("GET", "/api/v1/projects", null, otherKey).json();
        assertThat(visible).hasSize(1);
        assertThat(visible.get(0).get("id").asText()).isEqualTo(otherProject);
    }

    @Test
    void project_id_selects_the_project_for_an_admin_key() {
        String there = server.post("/api/v1/chat?project_id=" + otherProject, "{}").json().get("session_id").asText();
        assertThat(server.send("GET", "/api/v1/chat/" + there, null, otherKey).status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat/" + there).status()).isEqualTo(404);
        assertThat(server.get("/api/v1/chat/" + there + "?project_id=" + otherProject).status()).isEqualTo(200);
    }

    @Test
    void scoping_parameters_follow_the_contract() {
        assertThat(server.get("/api/v1/chat?project_id=").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat?organization_id=&project_id=").status()).isEqualTo(200);
        assertThat(server.get("/api/v1/chat?project_id=00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(server.get("/api/v1/chat?organization_id=some-other-org").status()).isEqualTo(403);
        assertThat(server.get("/api/v1/chat?organization_id=some-other-org&project_id=" + otherProject).status())
                .isEqualTo(400);
    }

    @Test
    void admin_inputs_are_validated() {
        assertThat(server.post("/api/v1/projects", "{}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/projects", "{\"name\": \"  \"}").status()).isEqualTo(422);
        assertThat(server.post("/api/v1/projects/" + otherProject + "/api-keys", "{\"role\": \"root\"}").status())
                .isEqualTo(422);
        assertThat(server.post("/api/v1/projects/nope/api-keys", "{}").status()).isEqualTo(404);
    }
}
