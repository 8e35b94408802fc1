package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.db.Database;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbiSecretsTest {
    @Test
    void nodes_starting_together_on_one_database_all_get_the_same_secret(@TempDir Path dataDir) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (Database db = Database.open(dataDir)) {
            List<Callable<String>> nodes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JdbiSecrets node = new JdbiSecrets(db.jdbi(), new SecureRandom(), Clock.systemUTC());
                nodes.add(() -> HexFormat.of().formatHex(node.loadOrCreate("presigned-urls")));
            }
            List<String> secrets = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(nodes)) {
                secrets.add(f.get());
            }
            assertThat(secrets).hasSize(6).containsOnly(secrets.get(0));
            assertThat(secrets.get(0)).hasSize(64);
            JdbiSecrets later = new JdbiSecrets(db.jdbi(), new SecureRandom(), Clock.systemUTC());
            assertThat(HexFormat.of().formatHex(later.loadOrCreate("presigned-urls"))).isEqualTo(secrets.get(0));
            assertThat(HexFormat.of().formatHex(later.loadOrCreate("page-tokens"))).isNotEqualTo(secrets.get(0));
        } finally {
            pool.shutdownNow();
        }
    }
}
