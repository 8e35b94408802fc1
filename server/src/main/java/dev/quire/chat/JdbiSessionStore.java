package dev.quire.chat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.db.GroupCommit;
import dev.quire.paging.PageRequest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Sessions in the relational database; list and event payloads are JSON text columns. */
public final class JdbiSessionStore implements SessionStore, AutoCloseable {
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
    private static final String INSERT = "insert into chat_sessions(id, project_id, index_ids, generated_title, "
            + "job_metadata, shared_access, locked, created_at, last_updated_at, deleted_at) values "
            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, null)";

    private final Jdbi jdbi;
    private final GroupCommit<ChatSession> inserts;

    public JdbiSessionStore(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.inserts = new GroupCommit<>(jdbi, INSERT, JdbiSessionStore::bind);
    }

    /** Session creation is the hottest write: concurrent creates share one batch and one commit. */
    @Override
    public void insert(ChatSession s) {
        inserts.write(s);
    }

    private static void bind(PreparedStatement insert, ChatSession s) throws SQLException {
        insert.setString(1, s.id());
        insert.setString(2, s.projectId());
        insert.setString(3, s.indexIds().map(Json::write).orElse(null));
        insert.setString(4, s.generatedTitle().orElse(null));
        insert.setString(5, s.jobMetadata().map(Json::write).orElse(null));
        insert.setString(6, s.sharedAccess());
        insert.setBoolean(7, s.locked());
        insert.setLong(8, s.createdAt());
        insert.setLong(9, s.lastUpdatedAt());
    }

    @Override
    public void close() {
        inserts.close();
    }

    @Override
    public Optional<ChatSession> find(String projectId, String sessionId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from chat_sessions where id = :id and project_id = :project")
                .bind("id", sessionId).bind("project", projectId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<ChatSession> list(String projectId, PageRequest page) {
        String after = page.after().isPresent()
                ? " and (last_updated_at < :sort or (last_updated_at = :sort and id < :afterId))" : "";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("select * from chat_sessions where project_id = :project "
                            + "and deleted_at is null" + after
                            + " order by last_updated_at desc, id desc limit :limit")
                    .bind("project", projectId).bind("limit", page.size() + 1);
            page.after().ifPresent(p -> q.bind("sort", p.numericSortKey()).bind("afterId", p.id()));
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    @Override
    public boolean markDeleted(String projectId, String sessionId, long at) {
        return jdbi.withHandle(h -> h.createUpdate("update chat_sessions set deleted_at = :at "
                        + "where id = :id and project_id = :project and deleted_at is null")
                .bind("at", at).bind("id", sessionId).bind("project", projectId).execute()) > 0;
    }

    @Override
    public List<JsonNode> events(String sessionId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select payload from chat_events where session_id = :id order by seq")
                .bind("id", sessionId).mapTo(String.class).list())
                .stream().map(Json::read).toList();
    }

    @Override
    public OptionalInt startTurn(String sessionId, TurnStart start) {
        return jdbi.inTransaction(h -> {
            // The claim comes first: on PostgreSQL it locks the session row, so this transaction's
            // event numbers cannot interleave with another node's.
            int claimed = h.createUpdate("update chat_sessions set running_turn = -1, turn_owner = :owner, "
                            + "turn_lease_until = :until where id = :id and running_turn is null and deleted_at is null")
                    .bind("owner", start.owner()).bind("until", start.leaseUntil()).bind("id", sessionId).execute();
            if (claimed == 0) {
                return OptionalInt.empty();
            }
            start.lockIndexIds().ifPresent(ids -> h.createUpdate(
                            "update chat_sessions set index_ids = :ids, locked = true where id = :id")
                    .bind("ids", Json.write(ids)).bind("id", sessionId).execute());
            start.title().ifPresent(title -> h.createUpdate("update chat_sessions set generated_title = :title "
                            + "where id = :id and generated_title is null")
                    .bind("title", title).bind("id", sessionId).execute());
            int turn = h.createQuery("select coalesce(max(turn), -1) + 1 from chat_events where session_id = :id")
                    .bind("id", sessionId).mapTo(Integer.class).one();
            insertEvent(h, sessionId, turn, start.userInput(), start.at());
            h.createUpdate("update chat_sessions set running_turn = :turn where id = :id")
                    .bind("turn", turn).bind("id", sessionId).execute();
            touch(h, sessionId, start.at());
            return OptionalInt.of(turn);
        });
    }

    @Override
    public boolean appendEvent(String sessionId, int turn, String owner, JsonNode event, long at) {
        return jdbi.inTransaction(h -> {
            if (!holds(h, sessionId, turn, owner)) {
                return false;
            }
            insertEvent(h, sessionId, turn, event, at);
            return true;
        });
    }

    @Override
    public boolean finishTurn(String sessionId, int turn, String owner, JsonNode stop, JobMetadata jobMetadata,
                              long at) {
        return jdbi.inTransaction(h -> {
            if (!holds(h, sessionId, turn, owner)) {
                return false;
            }
            end(h, sessionId, turn, stop, jobMetadata, at);
            return true;
        });
    }

    @Override
    public boolean closeAbandonedTurn(String sessionId, int turn, long nowMillis, JsonNode stop,
                                      JobMetadata jobMetadata, long at) {
        return jdbi.inTransaction(h -> {
            // A no-op update that locks the row (PostgreSQL) and says whether the lease is still out.
            int expired = h.createUpdate("update chat_sessions set running_turn = running_turn where id = :id "
                            + "and running_turn = :turn and (turn_lease_until is null or turn_lease_until < :now)")
                    .bind("id", sessionId).bind("turn", turn).bind("now", nowMillis).execute();
            if (expired == 0) {
                return false;
            }
            end(h, sessionId, turn, stop, jobMetadata, at);
            return true;
        });
    }

    /** Whether {@code owner} still holds the turn; locks the session row (PostgreSQL) until commit. */
    private static boolean holds(Handle h, String sessionId, int turn, String owner) {
        return h.createUpdate("update chat_sessions set running_turn = running_turn where id = :id "
                        + "and running_turn = :turn and turn_owner = :owner")
                .bind("id", sessionId).bind("turn", turn).bind("owner", owner).execute() == 1;
    }

    private static void end(Handle h, String sessionId, int turn, JsonNode stop, JobMetadata jobMetadata, long at) {
        insertEvent(h, sessionId, turn, stop, at);
        h.createUpdate("update chat_sessions set job_metadata = :job, running_turn = null, turn_owner = null, "
                        + "turn_lease_until = null where id = :id")
                .bind("job", Json.write(jobMetadata)).bind("id", sessionId).execute();
        touch(h, sessionId, at);
    }

    @Override
    public List<RunningTurn> abandonedTurns(long nowMillis) {
        return jdbi.withHandle(h -> h.createQuery("select s.id, s.project_id, s.index_ids, s.running_turn, "
                        + "(select min(created_at) from chat_events e where e.session_id = s.id "
                        + "and e.turn = s.running_turn) as started_at, "
                        + "(select max(created_at) from chat_events e where e.session_id = s.id "
                        + "and e.turn = s.running_turn) as last_at "
                        + "from chat_sessions s where s.running_turn is not null "
                        + "and (s.turn_lease_until is null or s.turn_lease_until < :now)")
                .bind("now", nowMillis)
                .map((rs, ctx) -> new RunningTurn(rs.getString("id"), rs.getString("project_id"), rs.getInt("running_turn"),
                        Optional.ofNullable(rs.getString("index_ids")).map(JdbiSessionStore::readList)
                                .orElse(List.of()),
                        rs.getLong("started_at"), rs.getLong("last_at")))
                .list());
    }

    @Override
    public Set<String> renewTurns(String owner, Collection<String> sessionIds, long leaseUntil) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return jdbi.inTransaction(h -> {
            h.createUpdate("update chat_sessions set turn_lease_until = :until where turn_owner = :owner "
                            + "and running_turn is not null and id in (<ids>)")
                    .bind("until", leaseUntil).bind("owner", owner).bindList("ids", List.copyOf(sessionIds)).execute();
            return new HashSet<>(h.createQuery("select id from chat_sessions where turn_owner = :owner "
                            + "and turn_lease_until = :until and id in (<ids>)")
                    .bind("owner", owner).bind("until", leaseUntil).bindList("ids", List.copyOf(sessionIds))
                    .mapTo(String.class).list());
        });
    }

    @Override
    public Set<String> turnsToStop(String owner, Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("select id from chat_sessions where id in (<ids>) "
                        + "and (deleted_at is not null or running_turn is null or turn_owner is null "
                        + "or turn_owner <> :owner)")
                .bind("owner", owner).bindList("ids", List.copyOf(sessionIds)).mapTo(String.class).list()));
    }

    /**
     * Events are numbered per session. max + 1 is safe because every transaction that inserts one first
     * updates the session row (claim, holds, the abandoned-turn check), which on PostgreSQL locks it, and
     * one turn at a time runs per session.
     */
    private static void insertEvent(Handle h, String sessionId, int turn, JsonNode event, long at) {
        long seq = h.createQuery("select coalesce(max(seq), 0) + 1 from chat_events where session_id = :id")
                .bind("id", sessionId).mapTo(Long.class).one();
        h.createUpdate("insert into chat_events(session_id, seq, turn, payload, created_at) "
                        + "values (:id, :seq, :turn, :payload, :at)")
                .bind("id", sessionId).bind("seq", seq).bind("turn", turn)
                .bind("payload", Json.write(event)).bind("at", at).execute();
    }

    private static void touch(Handle h, String sessionId, long at) {
        h.createUpdate("update chat_sessions set last_updated_at = case when last_updated_at < :at then :at "
                        + "else last_updated_at + 1 end where id = :id")
                .bind("at", at).bind("id", sessionId).execute();
    }

    private static ChatSession map(ResultSet rs) throws SQLException {
        long deletedAt = rs.getLong("deleted_at");
        Optional<Long> deleted = rs.wasNull() ? Optional.empty() : Optional.of(deletedAt);
        return new ChatSession(
                rs.getString("id"),
                rs.getString("project_id"),
                Optional.ofNullable(rs.getString("index_ids")).map(j -> readList(j)),
                Optional.ofNullable(rs.getString("generated_title")),
                Optional.ofNullable(rs.getString("job_metadata")).map(j -> Json.convert(Json.read(j), JobMetadata.class)),
                rs.getString("shared_access"),
                rs.getBoolean("locked"),
                rs.getLong("created_at"),
                rs.getLong("last_updated_at"),
                deleted);
    }

    private static List<String> readList(String json) {
        return Json.mapper().convertValue(Json.read(json), STRING_LIST);
    }
}
