package dev.quire.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.ClusterNode;
import dev.quire.Config;
import dev.quire.common.Coordination;
import dev.quire.errors.ApiException;
import dev.quire.testing.ScriptedOpenAiServer;
import dev.quire.testing.ScriptedOpenAiServer.Script;
import dev.quire.testing.SharedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chat turns with two nodes on one database (one abstract suite, a few lines per database): one
 * running turn per session across nodes, a delete on one node cancels the turn streaming on the
 * other, the interrupted-turn repair closes only turns whose node stopped renewing, and event
 * numbers stay dense with turns on different nodes.
 */
abstract class TurnClusterContract {
    private static final String KEY = "qk-cluster-admin-key-0123456789abcdefghijklmnop";

    @TempDir
    Path dir;
    private SharedDatabase database;
    private ScriptedOpenAiServer llm;
    private final List<AutoCloseable> resources = new ArrayList<>();
    private ClusterNode a;
    private ClusterNode b;
    private String project;

    abstract SharedDatabase database(Path dir);

    @BeforeEach
    void open() {
        database = database(dir);
        llm = ScriptedOpenAiServer.start();
        Config base = Config.forTesting(dir, KEY);
        Config config = base.withChat(base.chat().withOpenAi(llm.baseUrl().toString(), "test-model")
                .withLimits(3, 4, 20_000, 5).withPingMillis(300));
        ClusterNode.Backends backends = ClusterNode.backends(config, dir, resources);
        a = new ClusterNode(config, database.jdbi(), backends, Coordination.forTesting(false));
        b = new ClusterNode(config, database.jdbi(), backends, Coordination.forTesting(false));
        project = a.bootstrap(KEY);
    }

    @AfterEach
    void close() throws Exception {
        a.close();
        b.close();
        for (int i = resources.size() - 1; i >= 0; i--) {
            resources.get(i).close();
        }
        llm.close();
        database.close();
    }

    private String session(ClusterNode on) {
        return on.chat.create(project, List.of(), "read_only").sessionId();
    }

    private TurnService.Turn start(ClusterNode on, String session, String prompt) {
        return on.turns.start(project, session, new TurnRequest(List.of(), prompt, false));
    }

    /** Reads a turn's stream to its stop event. */
    private static ObjectNode stopOf(TurnService.Turn turn, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            ObjectNode event = turn.next(50, TimeUnit.MILLISECONDS);
            if (event != null && "stop".equals(event.path("type").asText())) {
                return event;
            }
        }
        throw new AssertionError("the turn did not end");
    }

    private record Row(long seq, int turn, String type) {}

    private List<Row> events(String session) {
        return database.jdbi().withHandle(h -> h.createQuery("select seq, turn, payload from chat_events "
                        + "where session_id = :id order by seq").bind("id", session)
                .map((rs, ctx) -> new Row(rs.getLong(1), rs.getInt(2),
                        dev.quire.common.Json.read(rs.getString(3)).path("type").asText())).list());
    }

    private static void await(String what, long millis, BooleanSupplier done) {
        long deadline = System.currentTimeMillis() + millis;
        while (!done.getAsBoolean()) {
            assertThat(System.currentTimeMillis()).as("waiting for: " + what).isLessThan(deadline);
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_session_runs_one_turn_at_a_time_across_nodes() throws Exception {
        String session = session(a);
        llm.enqueue(Script.text("a ", "b ", "c ", "d").slow(Duration.ofMillis(200)), Script.text("second"));
        TurnService.Turn first = start(a, session, "one");

        assertThatThrownBy(() -> start(b, session, "two")).isInstanceOf(ApiException.Conflict.class);

        assertThat(stopOf(first, 10_000).path("is_error").asBoolean()).isFalse();
        a.turns.streamEnded(first);
        TurnService.Turn second = start(b, session, "two");
        assertThat(stopOf(second, 10_000).path("is_error").asBoolean()).isFalse();
        b.turns.streamEnded(second);
    }

    @Test
    void deleting_the_session_on_one_node_cancels_its_turn_on_the_other_within_a_second() throws Exception {
        String session = session(a);
        llm.enqueue(Script.text("a ", "b ", "c ", "d ", "e ", "f ", "g ", "h ", "i ", "j").slow(Duration.ofMillis(300)));
        TurnService.Turn turn = start(a, session, "long");
        sleep(300);

        long deleted = System.nanoTime();
        b.chat.delete(project, session);
        ObjectNode stop = stopOf(turn, 5_000);
        long tookMillis = (System.nanoTime() - deleted) / 1_000_000;
        a.turns.streamEnded(turn);

        assertThat(stop.path("error").asText()).isEqualTo("cancelled");
        assertThat(tookMillis).as("cancelled %d ms after the delete", tookMillis).isLessThan(1_200);
    }

    @Test
    void the_repair_leaves_live_turns_alone_and_closes_those_whose_node_stopped() throws Exception {
        String session = session(a);
        llm.enqueue(Script.text("a ", "b ", "c ", "d ", "e ", "f ", "g ", "h ", "i ", "j ", "k ", "l ")
                .slow(Duration.ofMillis(400)));
        TurnService.Turn turn = start(a, session, "long");
        sleep(300);

        // Well past a's first lease: a renews it, so it is not interrupted.
        sleep(a.coordination.lease().toMillis() + 500);
        assertThat(b.turns.closeAbandonedTurns(System.currentTimeMillis())).isZero();
        assertThat(events(session)).extracting(Row::type).containsExactly("user_input");

        a.turns.stopRenewing();
        await("b closes a's turn", 10_000, () -> events(session).size() == 2);
        List<Row> rows = events(session);
        assertThat(rows).extracting(Row::type).containsExactly("user_input", "stop");
        assertThat(rows).extracting(Row::seq).containsExactly(1L, 2L);

        // a's turn finds out at its next write, and writes nothing after the stop b stored.
        ObjectNode aStop = stopOf(turn, 10_000);
        a.turns.streamEnded(turn);
        assertThat(aStop.path("is_error").asBoolean()).isTrue();
        assertThat(events(session)).hasSize(2);
        try (JdbiSessionStore store = new JdbiSessionStore(database.jdbi())) {
            ChatSession stored = store.find(project, session).orElseThrow();
            assertThat(stored.jobMetadata().orElseThrow().error()).isEqualTo("interrupted");
        }
    }

    @Test
    void event_numbers_stay_dense_and_ordered_with_turns_on_different_nodes() throws Exception {
        String session = session(a);
        List<ClusterNode> order = List.of(a, b, a, b);
        for (int i = 0; i < order.size(); i++) {
            llm.enqueue(Script.text("answer " + i));
            TurnService.Turn turn = start(order.get(i), session, "question " + i);
            assertThat(stopOf(turn, 10_000).path("is_error").asBoolean()).isFalse();
            order.get(i).turns.streamEnded(turn);
        }
        List<Row> rows = events(session);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).seq()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(rows.get(i).turn()).isGreaterThanOrEqualTo(rows.get(i - 1).turn());
            }
        }
        assertThat(rows.get(rows.size() - 1).turn()).isEqualTo(3);
        assertThat(rows.stream().filter(r -> r.type().equals("stop")).count()).isEqualTo(4);
    }
}
