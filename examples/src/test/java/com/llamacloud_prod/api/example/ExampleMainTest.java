package com.llamacloud_prod.api.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs LlamaCloud's documented example unchanged, in its own JVM, configured only through the
 * environment variables a user would set, against a live Quire server.
 */
@ExtendWith(LiveServerExtension.class)
class ExampleMainTest {
    @Test
    void the_documented_example_creates_a_session_on_a_live_server(LiveServer server) throws Exception {
        // The cluster run shares its server with the other classes: count what the example adds.
        List<String> before = sessionIds(server);
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName());
        pb.environment().put("LLAMA_CLOUD_BASE_URL", server.baseUrl());
        pb.environment().put("LLAMA_CLOUD_API_KEY", server.key());
        pb.redirectErrorStream(true);
        Process process = pb.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        List<String> added = sessionIds(server);
        added.removeAll(before);
        assertThat(added).hasSize(1);
        assertThat(added.get(0)).startsWith("ses-");
    }

    private static List<String> sessionIds(LiveServer server) {
        List<String> ids = new ArrayList<>();
        server.client().beta().chat().list().autoPager().forEach(s -> ids.add(s.sessionId()));
        return ids;
    }
}
