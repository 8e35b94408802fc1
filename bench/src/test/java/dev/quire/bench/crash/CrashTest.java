package dev.quire.bench.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short version of {@code bench/run crash}: the packaged server in a child process, random
 * acknowledged writes of every kind, {@code kill -9} at random moments, restart, and nothing
 * acknowledged may be missing. The seed is printed so a failure can be replayed.
 */
class CrashTest {
    @TempDir
    Path work;

    @Test
    void nothing_acknowledged_is_lost_across_kill_9_and_restart() throws Exception {
        long seed = System.nanoTime();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        CrashRun.Result result = new CrashRun(work, new Random(seed),
                new PrintStream(log, true, StandardCharsets.UTF_8)).run(6);
        String report = "seed " + seed + "\n" + log.toString(StandardCharsets.UTF_8);
        assertThat(result.failures()).as(report).isEmpty();
        assertThat(result.totalWrites()).as(report).isGreaterThan(10);
    }
}
