package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.Config;
import dev.quire.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapTest {
    @TempDir
    Path dataDir;

    private Config withoutKey() {
        return new Config("127.0.0.1", 0, dataDir, Optional.empty(), 1_048_576L, Optional.empty());
    }

    @Test
    void the_first_start_generates_a_key_once_and_stores_only_its_hash() throws Exception {
        String key;
        String session;
        try (TestServer first = TestServer.start(withoutKey())) {
            key = first.main().generatedKey().orElseThrow();
            session = first.send("POST", "/api/v1/chat", "{}", key).json().get("session_id").asText();
        }
        try (TestServer second = TestServer.start(withoutKey())) {
            assertThat(second.main().generatedKey()).isEmpty();
            assertThat(second.send("GET", "/api/v1/chat/" + session, null, key).status()).isEqualTo(200);
        }
        try (Connection c = DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve("db/quire.sqlite"));
             ResultSet rs = c.createStatement().executeQuery("select key_hash from api_keys")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(ApiKeys.hash(key)).doesNotContain(key);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(f.toString()).doesNotContain(key);
            }
        }
    }

    @Test
    void a_configured_key_is_accepted_as_an_admin_key_and_no_key_is_generated() {
        try (TestServer server = TestServer.start(dataDir)) {
            assertThat(server.main().generatedKey()).isEmpty();
            assertThat(server.post("/api/v1/projects", "{\"name\": \"p\"}").status()).isEqualTo(200);
        }
    }

    @Test
    void a_lost_admin_key_is_replaced_by_setting_QUIRE_API_KEY_and_restarting() {
        String lost;
        try (TestServer first = TestServer.start(withoutKey())) {
            lost = first.main().generatedKey().orElseThrow();
        }
        String recovery = "qk-recovery-0123456789abcdefghijklmnopqrstuvwxyz";
        try (TestServer second = TestServer.start(Config.forTesting(dataDir, recovery))) {
            assertThat(second.main().generatedKey()).isEmpty();
            String project = second.send("GET", "/api/v1/projects", null, recovery).json().get(0).get("id").asText();
            TestServer.Response keys = second.send("GET", "/api/v1/projects/" + project + "/api-keys", null, recovery);
            assertThat(keys.status()).isEqualTo(200);
            String lostId = null;
            for (var k : keys.json()) {
                if (k.get("prefix").asText().equals(ApiKeys.displayPrefix(lost))) {
                    lostId = k.get("id").asText();
                }
            }
            assertThat(second.send("DELETE", "/api/v1/projects/" + project + "/api-keys/" + lostId, null, recovery)
                    .status()).isEqualTo(204);
            assertThat(second.send("GET", "/api/v1/projects", null, lost).status()).isEqualTo(401);
            assertThat(second.send("GET", "/api/v1/projects", null, recovery).status()).isEqualTo(200);
        }
    }

    @Test
    void a_start_after_every_key_was_revoked_generates_a_new_admin_key() {
        String revoked;
        try (TestServer first = TestServer.start(withoutKey())) {
            revoked = first.main().generatedKey().orElseThrow();
            String project = first.send("GET", "/api/v1/projects", null, revoked).json().get(0).get("id").asText();
            String id = first.send("GET", "/api/v1/projects/" + project + "/api-keys", null, revoked)
                    .json().get(0).get("id").asText();
            assertThat(first.send("DELETE", "/api/v1/projects/" + project + "/api-keys/" + id, null, revoked)
                    .status()).isEqualTo(204);
        }
        try (TestServer second = TestServer.start(withoutKey())) {
            String fresh = second.main().generatedKey().orElseThrow();
            assertThat(second.send("POST", "/api/v1/projects", "{\"name\": \"p\"}", fresh).status()).isEqualTo(200);
            assertThat(second.send("GET", "/api/v1/projects", null, revoked).status()).isEqualTo(401);
        }
    }

    @Test
    void a_revoked_QUIRE_API_KEY_does_not_come_back_on_restart() {
        String configured = "qk-configured-0123456789abcdefghijklmnopqrstuvw";
        try (TestServer first = TestServer.start(Config.forTesting(dataDir, configured))) {
            String project = first.send("GET", "/api/v1/projects", null, configured).json().get(0).get("id").asText();
            String id = first.send("GET", "/api/v1/projects/" + project + "/api-keys", null, configured)
                    .json().get(0).get("id").asText();
            first.send("DELETE", "/api/v1/projects/" + project + "/api-keys/" + id, null, configured);
        }
        assertThatThrownBy(() -> TestServer.start(Config.forTesting(dataDir, configured)))
                .hasStackTraceContaining("QUIRE_API_KEY is a revoked API key");
    }
}
