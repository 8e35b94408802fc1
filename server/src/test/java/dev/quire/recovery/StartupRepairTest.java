package dev.quire.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.chat.ChatEvents;
import dev.quire.chat.JdbiSessionStore;
import dev.quire.chat.SessionStore;
import dev.quire.db.Database;
import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a crash leaves behind is repaired at the next start, before any request is served. */
class StartupRepairTest {
    @TempDir
    Path dataDir;

    @Test
    void blobs_that_no_row_names_are_removed_and_referenced_ones_kept() throws Exception {
        String fileId;
        try (TestServer server = TestServer.start(dataDir)) {
            fileId = server.upload("/api/v1/beta/files", new Multipart()
                    .file("file", "kept.txt", "text/plain", "keep me".getBytes(StandardCharsets.UTF_8))
                    .field("purpose", "user_data"))
                    .json().get("id").asText();
        }
        // What a crash between writing a blob and committing its row leaves: bytes no row names.
        Path orphan = dataDir.resolve("blobs/ab/ab0123456789abcdef0123456789abcd");
        Files.createDirectories(orphan.getParent());
        Files.writeString(orphan, "orphan");
        assertThat(blobFiles()).hasSize(2);

        try (TestServer server = TestServer.start(dataDir)) {
            assertThat(orphan).doesNotExist();
            assertThat(blobFiles()).hasSize(1);
            String url = server.get("/api/v1/beta/files/" + fileId + "/content").json().get("url").asText();
            assertThat(new String(server.fetch(url).body(), StandardCharsets.UTF_8)).isEqualTo("keep me");
        }
    }

    @Test
    void a_turn_a_crash_interrupted_ends_with_an_interrupted_stop_and_job_metadata() {
        String sessionId;
        try (TestServer server = TestServer.start(dataDir)) {
            sessionId = server.post("/api/v1/chat", "{}").json().get("session_id").asText();
        }
        // The state a kill -9 during a turn leaves: user_input and a tool call stored, no stop.
        try (Database db = Database.open(dataDir)) {
            JdbiSessionStore store = new JdbiSessionStore(db.jdbi());
            // Its lease has not even run out: the embedded database is the restarted server's alone,
            // so whatever lease it finds belonged to the process that died.
            int turn = store.startTurn(sessionId, new SessionStore.TurnStart(Optional.empty(), Optional.of("t"),
                    ChatEvents.userInput("what?"), 1_000_000, "dead-node", System.currentTimeMillis() + 3_600_000))
                    .orElseThrow();
            store.appendEvent(sessionId, turn, "dead-node", ChatEvents.thinking("looking"), 3_500_000);
            store.close();
        }
        for (int start = 0; start < 2; start++) { // the repair happens once: a second start adds nothing
            try (TestServer server = TestServer.start(dataDir)) {
                JsonNode session = server.get("/api/v1/chat/" + sessionId).json();
                List<String> types = new ArrayList<>();
                session.get("events").forEach(e -> types.add(e.get("type").asText()));
                assertThat(types).containsExactly("user_input", "thinking", "stop");
                JsonNode stop = session.get("events").get(2);
                assertThat(stop.get("is_error").asBoolean()).isTrue();
                assertThat(stop.get("error").asText()).isEqualTo("interrupted");
                assertThat(session.get("job_metadata").get("is_error").asBoolean()).isTrue();
                assertThat(session.get("job_metadata").get("error").asText()).isEqualTo("interrupted");
                assertThat(session.get("job_metadata").get("duration_ms").asDouble()).isEqualTo(2500.0);
            }
        }
    }

    private List<Path> blobFiles() throws Exception {
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getParent().endsWith("tmp")).toList();
        }
    }
}
