package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.models.beta.chat.ChatListResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs LlamaCloud's documented example unchanged, in its own JVM, configured only through the
 * environment variables a user would set, against a live Quire server.
 */
class ExampleMainTest {
    @TempDir
    Path dataDir;

    @Test
    void the_documented_example_creates_a_session_on_a_live_server() throws Exception {
        try (LiveServer server = new LiveServer(dataDir)) {
            ProcessBuilder pb = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    Main.class.getName());
            pb.environment().put("LLAMA_CLOUD_BASE_URL", server.baseUrl());
            pb.environment().put("LLAMA_CLOUD_API_KEY", LiveServer.KEY);
            pb.redirectErrorStream(true);
            Process process = pb.start();
            String output = new String(process.getInputStream().readAllBytes());
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(output).isZero();

            List<ChatListResponse> sessions = new ArrayList<>();
            server.client().beta().chat().list().autoPager().forEach(sessions::add);
            assertThat(sessions).hasSize(1);
            assertThat(sessions.get(0).sessionId()).startsWith("ses-");
        }
    }
}
