package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

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
}
