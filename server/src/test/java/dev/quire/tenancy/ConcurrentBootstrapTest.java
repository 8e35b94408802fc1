package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.common.Ids;
import dev.quire.testing.PostgresDatabase;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Nodes starting at the same moment on an empty shared database end with one organization, one default project, one key. */
class ConcurrentBootstrapTest {
    private static final String KEY = "qk-shared-admin-key-0123456789abcdefghijklmnop";

    @Test
    void six_nodes_bootstrapping_at_once_on_postgresql_create_the_defaults_and_the_key_once() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.create()) {
            int nodes = 6;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(nodes);
            try {
                List<Future<Optional<String>>> runs = new ArrayList<>();
                for (int i = 0; i < nodes; i++) {
                    runs.add(pool.submit(() -> {
                        // Each node has its own stores and services over the one database, as separate processes would.
                        JdbiTenancyStore store = new JdbiTenancyStore(db.database().jdbi());
                        TenancyService tenancy = new TenancyService(store, store, new ApiKeys(new SecureRandom()),
                                Ids.random(), Clock.systemUTC());
                        go.await();
                        return new Bootstrap(store, store, tenancy, Ids.random(), Clock.systemUTC()).run(Optional.of(KEY));
                    }));
                }
                go.countDown();
                for (Future<Optional<String>> run : runs) {
                    assertThat(run.get()).isEmpty();
                }
            } finally {
                pool.shutdownNow();
            }
            db.database().jdbi().useHandle(h -> {
                assertThat(h.createQuery("select count(*) from organizations").mapTo(Integer.class).one()).isEqualTo(1);
                assertThat(h.createQuery("select count(*) from projects where is_default = true").mapTo(Integer.class)
                        .one()).isEqualTo(1);
                assertThat(h.createQuery("select count(*) from api_keys").mapTo(Integer.class).one()).isEqualTo(1);
            });
        }
    }
}
