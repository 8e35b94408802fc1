package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.ServerProcess;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the real server as a process: what it prints, and how it refuses to start twice. */
class ServerProcessTest {
    @TempDir
    Path dataDir;

    @Test
    void a_clean_start_prints_what_the_server_does_and_nothing_alarming() throws Exception {
        try (ServerProcess server = ServerProcess.start(dataDir, Map.of())) {
            server.awaitListening(Duration.ofSeconds(60));
            // The embedding model and tokenizer load during start-up; give any late log line time to appear.
            Thread.sleep(500);
            List<String> output = new ArrayList<>(server.stdout());
            output.addAll(server.stderr());
            assertThat(output).noneMatch(line -> line.contains("WARN") || line.contains("ERROR")
                    || line.contains("CUDA") || line.indexOf('\u001b') >= 0);
            assertThat(output).anyMatch(line -> line.startsWith("Quire listening on http://127.0.0.1:"));
        }
    }

    @Test
    void a_second_server_on_the_same_data_directory_exits_at_once_with_one_line() throws Exception {
        try (ServerProcess first = ServerProcess.start(dataDir, Map.of())) {
            first.awaitListening(Duration.ofSeconds(60));
            try (ServerProcess second = ServerProcess.start(dataDir, Map.of())) {
                assertThat(second.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
                assertThat(second.stderr()).containsExactly("quire: data directory " + dataDir
                        + " is in use by another Quire process (pid " + first.pid() + ")");
                assertThat(second.stdout()).isEmpty();
            }
        }
    }

    @Test
    void a_taken_port_is_reported_before_the_database_opens_or_the_model_loads() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerProcess server = ServerProcess.start(dataDir, Map.of("QUIRE_PORT",
                     Integer.toString(taken.getLocalPort())))) {
            assertThat(server.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
            assertThat(server.stderr()).hasSize(1);
            assertThat(server.stderr().get(0)).startsWith("quire: port " + taken.getLocalPort()
                    + " on 127.0.0.1 is already in use");
            // Nothing but the lock file: the database and blob store were never opened.
            try (Stream<Path> files = Files.list(dataDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("quire.lock");
            }
        }
    }
}
