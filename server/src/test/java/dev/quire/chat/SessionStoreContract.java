package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.paging.PagePosition;
import dev.quire.paging.PageRequest;
import dev.quire.testing.Seed;
import dev.quire.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Chat sessions and their event history. */
abstract class SessionStoreContract {
    private TestDatabase db;
    private JdbiSessionStore store;

    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        Seed.project(db.database().jdbi(), "p1");
        store = new JdbiSessionStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        store.close();
        db.close();
    }

    private static ChatSession session(String id, long at) {
        return new ChatSession(id, "p1", Optional.empty(), Optional.empty(), Optional.empty(), "private", false, at, at,
                Optional.empty());
    }

    private static JsonNode event(String type, int n) {
        return Json.read("{\"type\": \"" + type + "\", \"n\": " + n + "}");
    }

    @Test
    void a_session_reads_back_as_written() {
        ChatSession s = new ChatSession("s1", "p1", Optional.of(List.of("idx-1", "idx-2")), Optional.of("Title"),
                Optional.empty(), "private", true, 10, 11, Optional.empty());
        store.insert(s);
        assertThat(store.find("p1", "s1")).contains(s);
        assertThat(store.find("p2", "s1")).isEmpty();
    }

    @Test
    void concurrent_creates_are_all_committed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "s" + i;
                writes.add(pool.submit(() -> store.insert(session(id, 1))));
            }
            for (Future<?> w : writes) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.list("p1", PageRequest.first(1000))).hasSize(200);
    }

    @Test
    void a_duplicate_among_concurrent_creates_fails_alone() throws Exception {
        store.insert(session("dup", 1));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> writes = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                String id = i % 10 == 0 ? "dup" : "s" + i;
                writes.add(pool.submit(() -> store.insert(session(id, 1))));
            }
            int failed = 0;
            for (Future<?> w : writes) {
                try {
                    w.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(dev.quire.db.SqlErrors.isUniqueViolation(e.getCause())).as(e.toString()).isTrue();
                    failed++;
                }
            }
            assertThat(failed).isEqualTo(10);
        } finally {
            pool.shutdown();
        }
        assertThat(store.list("p1", PageRequest.first(1000))).hasSize(91);
    }

    @Test
    void sessions_list_most_recently_updated_first_by_page() {
        store.insert(session("s-a", 5));
        store.insert(session("s-b", 5));
        store.insert(session("s-c", 9));
        store.insert(session("s-d", 1));
        assertThat(store.list("p1", PageRequest.first(2))).extracting(ChatSession::id).containsExactly("s-c", "s-b", "s-a");
        assertThat(store.list("p1", new PageRequest(2, Optional.of(new PagePosition("5", "s-b")))))
                .extracting(ChatSession::id).containsExactly("s-a", "s-d");

        assertThat(store.markDeleted("p1", "s-c", 20)).isTrue();
        assertThat(store.markDeleted("p1", "s-c", 21)).isFalse();
        assertThat(store.find("p1", "s-c").orElseThrow().deletedAt()).contains(20L);
        assertThat(store.list("p1", PageRequest.first(10))).extracting(ChatSession::id)
                .containsExactly("s-b", "s-a", "s-d");
    }

    @Test
    void turns_number_their_events_and_lock_the_session() {
        store.insert(session("s1", 1));
        int first = store.startTurn("s1", new SessionStore.TurnStart(Optional.of(List.of("idx-1")),
                Optional.of("First title"), event("user_input", 0), 2, "node-a", 10_000)).orElseThrow();
        assertThat(first).isZero();
        // Running, and abandoned only once its lease ran out.
        assertThat(store.abandonedTurns(9_999)).isEmpty();
        assertThat(store.abandonedTurns(10_001)).containsExactly(
                new SessionStore.RunningTurn("s1", "p1", 0, List.of("idx-1"), 2, 2));
        assertThat(store.startTurn("s1", new SessionStore.TurnStart(Optional.empty(), Optional.empty(),
                event("user_input", 9), 2, "node-b", 10_000))).as("one turn at a time, on any node").isEmpty();
        assertThat(store.appendEvent("s1", 0, "node-b", event("message", 9), 3)).as("not node-b's turn").isFalse();
        assertThat(store.appendEvent("s1", 0, "node-a", event("message", 1), 3)).isTrue();
        assertThat(store.finishTurn("s1", 0, "node-a", event("stop", 2),
                new JobMetadata(12.5, null, List.of("cfg"), false, 10, null, 1), 3)).isTrue();
        assertThat(store.abandonedTurns(Long.MAX_VALUE)).isEmpty();

        int second = store.startTurn("s1", new SessionStore.TurnStart(Optional.empty(), Optional.of("Ignored"),
                event("user_input", 3), 3, "node-b", 10_000)).orElseThrow();
        assertThat(second).isEqualTo(1);
        assertThat(store.events("s1")).extracting(e -> e.get("n").asInt()).containsExactly(0, 1, 2, 3);

        ChatSession s = store.find("p1", "s1").orElseThrow();
        assertThat(s.locked()).isTrue();
        assertThat(s.indexIds()).contains(List.of("idx-1"));
        assertThat(s.generatedTitle()).contains("First title");
        assertThat(s.jobMetadata().orElseThrow().totalInputTokens()).isEqualTo(10);
        assertThat(s.jobMetadata().orElseThrow().totalOutputTokens()).isNull();
        // Three writes at time 3: the session's time still moves on each, so lists stay in write order.
        assertThat(s.lastUpdatedAt()).isEqualTo(4);
    }
}
