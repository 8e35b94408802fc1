package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.quire.testing.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class RequestLogTest {
    @TempDir
    Path dataDir;

    @Test
    void logs_one_line_per_request_without_keys_bodies_or_link_tokens() {
        Logger access = (Logger) LoggerFactory.getLogger("dev.quire.access");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        access.addAppender(lines);
        try (TestServer server = TestServer.start(dataDir)) {
            server.post("/api/v1/projects?project_id=", "{\"name\": \"secret-looking-body\"}");
            server.send("GET", "/api/v1/chat", null, "qk-a-wrong-key-that-must-not-be-logged");
            server.fetch(server.baseUrl() + "/storage/v1/objects/a-presigned-token-is-a-grant");
        } finally {
            access.detachAppender(lines);
        }
        assertThat(lines.list).hasSize(3);
        String first = lines.list.get(0).getFormattedMessage();
        assertThat(first).contains("POST", "/api/v1/projects", "200", "ms", "request_id=");
        assertThat(first).containsPattern(" \\d+\\.\\dms request_id=");
        assertThat(lines.list.get(1).getFormattedMessage()).contains("GET", "401");
        assertThat(lines.list.get(2).getFormattedMessage()).contains("GET", "/storage/v1/objects/(token)");
        for (ILoggingEvent e : lines.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(TestServer.ADMIN_KEY, "qk-a-wrong",
                    "secret-looking-body", "a-presigned-token");
        }
    }
}
