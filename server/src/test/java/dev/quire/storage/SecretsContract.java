package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestDatabase;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Server secrets: created once, the same for every reader, also when nodes start together. */
abstract class SecretsContract {
    private TestDatabase db;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private JdbiSecrets secrets() {
        return new JdbiSecrets(db.database().jdbi(), new SecureRandom(), Clock.systemUTC());
    }

    @Test
    void a_secret_is_created_once_and_then_read() {
        byte[] first = secrets().loadOrCreate("links");
        assertThat(first).hasSize(32);
        assertThat(secrets().loadOrCreate("links")).isEqualTo(first);
        assertThat(secrets().loadOrCreate("tokens")).isNotEqualTo(first);
    }

    @Test
    void nodes_starting_together_agree_on_one_secret() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (int round = 0; round < 5; round++) {
                String name = "race-" + round;
                List<Callable<byte[]>> nodes = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    nodes.add(() -> secrets().loadOrCreate(name));
                }
                List<byte[]> seen = new ArrayList<>();
                for (Future<byte[]> f : pool.invokeAll(nodes)) {
                    seen.add(f.get());
                }
                assertThat(seen).allSatisfy(s -> assertThat(s).isEqualTo(seen.get(0)));
            }
        } finally {
            pool.shutdown();
        }
    }
}
