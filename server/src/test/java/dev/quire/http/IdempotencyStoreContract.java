package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Idempotency keys: reserve once, answer, release, expire. */
abstract class IdempotencyStoreContract {
    private TestDatabase db;
    private JdbiIdempotencyStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        store = new JdbiIdempotencyStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_key_is_reserved_once_per_project() {
        assertThat(store.reserve("p1", "k", "req-1", 10)).isTrue();
        assertThat(store.reserve("p1", "k", "req-2", 11)).isFalse();
        assertThat(store.reserve("p2", "k", "req-3", 11)).isTrue();
        assertThat(store.find("p1", "k")).contains(new IdempotencyStore.Entry("req-1", Optional.empty(),
                Optional.empty(), 10));
        assertThat(store.find("p1", "other")).isEmpty();
    }

    @Test
    void of_requests_racing_with_one_key_exactly_one_reserves_it() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Boolean>> racers = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String request = "req-" + i;
                racers.add(() -> store.reserve("p1", "raced", request, 10));
            }
            long winners = 0;
            for (java.util.concurrent.Future<Boolean> f : pool.invokeAll(racers)) {
                winners += f.get() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void an_answered_key_keeps_its_answer_and_only_reservations_are_released() {
        store.reserve("p1", "answered", "req", 10);
        store.complete("p1", "answered", 201, "c2VhbGVk");
        store.reserve("p1", "pending", "req", 10);

        store.release("p1", "answered");
        store.release("p1", "pending");
        assertThat(store.find("p1", "answered")).contains(new IdempotencyStore.Entry("req", Optional.of(201),
                Optional.of("c2VhbGVk"), 10));
        assertThat(store.find("p1", "pending")).isEmpty();
        assertThat(store.reserve("p1", "pending", "req", 12)).isTrue();
    }

    @Test
    void old_keys_expire_and_old_reservations_can_expire_alone() {
        store.reserve("p1", "old-answered", "req", 10);
        store.complete("p1", "old-answered", 200, "x");
        store.reserve("p1", "old-pending", "req", 10);
        store.reserve("p1", "new", "req", 100);

        store.deleteCreatedBefore(50, true);
        assertThat(store.find("p1", "old-pending")).isEmpty();
        assertThat(store.find("p1", "old-answered")).isPresent();
        store.deleteCreatedBefore(50, false);
        assertThat(store.find("p1", "old-answered")).isEmpty();
        assertThat(store.find("p1", "new")).isPresent();
    }
}
