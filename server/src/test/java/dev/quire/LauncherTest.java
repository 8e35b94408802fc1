package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ./quire} launcher, run the way scripts and service managers run it: output redirected. */
class LauncherTest {
    @TempDir
    Path tmp;

    @Test
    void a_build_with_redirected_output_prints_no_terminal_escape_codes() throws Exception {
        // A stand-in for Maven that colours its output regardless, as Debian's Maven 3.8 does with -q.
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\necho \"args: $*\"\nprintf '\\033[1mBuilding\\033[0m\\n\\033[0m\\033[0m'\n"
                + "printf '\\033[1;31mwarning\\033[m\\n' >&2\n");
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path out = tmp.resolve("out.txt");
        ProcessBuilder launcher = new ProcessBuilder("bash", Path.of("..", "quire").toAbsolutePath().toString(), "build")
                .redirectErrorStream(true).redirectOutput(out.toFile());
        launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = launcher.start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        String output = read(out);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("-Dstyle.color=never").contains("Building").contains("warning");
        assertThat(output).doesNotContain("\u001b");
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
