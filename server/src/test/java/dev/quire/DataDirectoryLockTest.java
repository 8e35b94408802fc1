package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.testing.ServerProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {
    @TempDir
    Path dataDir;

    @Test
    void a_second_lock_in_the_same_process_is_refused_without_dropping_the_first() throws Exception {
        long pid = ProcessHandle.current().pid();
        try (DataDirectoryLock first = DataDirectoryLock.acquire(dataDir)) {
            assertThatThrownBy(() -> DataDirectoryLock.acquire(dataDir)).isInstanceOf(StartupFailure.class)
                    .hasMessage("data directory " + dataDir + " is in use by another Quire process (pid " + pid + ")");
            // The refused attempt must not have released the lock the kernel holds for this process.
            try (ServerProcess other = ServerProcess.start(dataDir, Map.of())) {
                assertThat(other.awaitExit(Duration.ofSeconds(30))).isEqualTo(1);
                assertThat(other.stderr()).containsExactly("quire: data directory " + dataDir
                        + " is in use by another Quire process (pid " + pid + ")");
            }
        }
        DataDirectoryLock.acquire(dataDir).close();
    }
}
