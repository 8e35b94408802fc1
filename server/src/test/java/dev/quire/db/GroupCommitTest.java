package dev.quire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private Jdbi jdbi;
    private GroupCommit<String> writes;

    @BeforeEach
    void open() {
        jdbi = Jdbi.create("jdbc:h2:mem:group-commit-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
        jdbi.useHandle(h -> h.execute("create table t(id varchar(20) primary key)"));
        writes = new GroupCommit<>(jdbi, "insert into t(id) values (?)", (statement, id) -> statement.setString(1, id));
    }

    @AfterEach
    void close() {
        writes.close();
    }

    private int rows() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from t").mapTo(Integer.class).one());
    }

    @Test
    void every_concurrent_write_is_committed_when_write_returns() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        String id = thread + "-" + i;
                        writes.write(id);
                        // Visible to another connection as soon as write returned.
                        int found = jdbi.withHandle(h -> h.createQuery("select count(*) from t where id = :id")
                                .bind("id", id).mapTo(Integer.class).one());
                        assertThat(found).isEqualTo(1);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(rows()).isEqualTo(1600);
    }

    @Test
    void a_failing_row_fails_only_its_own_caller() throws Exception {
        writes.write("taken");
        ExecutorService callers = Executors.newFixedThreadPool(16);
        try {
            List<Future<?>> good = new ArrayList<>();
            List<Future<?>> bad = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String id = "row-" + i;
                good.add(callers.submit(() -> writes.write(id)));
                bad.add(callers.submit(() -> writes.write("taken")));
            }
            for (Future<?> f : good) {
                f.get();
            }
            for (Future<?> f : bad) {
                assertThatThrownBy(f::get).hasMessageContaining("primary key violation");
            }
        } finally {
            callers.shutdownNow();
        }
        assertThat(rows()).isEqualTo(65);
    }

    @Test
    void a_lone_write_is_committed_by_its_own_thread_at_once() {
        writes.write("alone");
        assertThat(rows()).isEqualTo(1);
    }

    @Test
    void writes_after_close_are_refused() {
        writes.close();
        assertThatThrownBy(() -> writes.write("late")).isInstanceOf(IllegalStateException.class);
        assertThat(rows()).isZero();
    }
}
