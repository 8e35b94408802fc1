package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated admin key goes to a terminal, or to a private file: never into what gets logged. */
class AdminKeyNoticeTest {
    @TempDir
    Path dataDir;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    private String generatedKey() {
        try (TestServer server = TestServer.start(
                new Config("127.0.0.1", 0, dataDir, Optional.empty(), 1_048_576L, Optional.empty()))) {
            return server.main().generatedKey().orElseThrow();
        }
    }

    @Test
    void on_a_terminal_the_key_is_printed_and_no_file_is_written() {
        String key = generatedKey();

        AdminKeyNotice.deliver(key, true, dataDir, out);

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains(key);
        assertThat(dataDir.resolve(AdminKeyNotice.FILE_NAME)).doesNotExist();
    }

    @Test
    void without_a_terminal_the_key_goes_to_a_private_file_and_only_its_path_is_printed() throws Exception {
        String key = generatedKey();

        AdminKeyNotice.deliver(key, false, dataDir, out);

        Path file = dataDir.resolve(AdminKeyNotice.FILE_NAME);
        assertThat(Files.readString(file).trim()).isEqualTo(key);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(output).doesNotContain(key).contains("admin API key written to " + file);
    }

    @Test
    void a_later_key_replaces_the_file_of_an_earlier_one() throws Exception {
        AdminKeyNotice.deliver("qk-first-key", false, dataDir, out);
        AdminKeyNotice.deliver("qk-second-key", false, dataDir, out);

        Path file = dataDir.resolve(AdminKeyNotice.FILE_NAME);
        assertThat(Files.readString(file).trim()).isEqualTo("qk-second-key");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
