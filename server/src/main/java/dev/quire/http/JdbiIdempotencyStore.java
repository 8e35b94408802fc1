package dev.quire.http;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Idempotency keys in the relational database. */
public final class JdbiIdempotencyStore implements IdempotencyStore {
    private final Jdbi jdbi;

    public JdbiIdempotencyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** A row already there (another request, maybe on another node) makes the insert do nothing. */
    @Override
    public boolean reserve(String projectId, String keyHash, String requestHash, long nowMicros) {
        return jdbi.withHandle(h -> h.createUpdate("insert into idempotency_keys(project_id, key_hash, request_hash, "
                        + "created_at) values (:project, :key, :request, :at) on conflict (project_id, key_hash) do nothing")
                .bind("project", projectId).bind("key", keyHash).bind("request", requestHash)
                .bind("at", nowMicros).execute()) == 1;
    }

    @Override
    public Optional<Entry> find(String projectId, String keyHash) {
        return jdbi.withHandle(h -> h.createQuery("select request_hash, status, response, created_at "
                        + "from idempotency_keys where project_id = :project and key_hash = :key")
                .bind("project", projectId).bind("key", keyHash)
                .map((rs, ctx) -> {
                    int status = rs.getInt("status");
                    Optional<Integer> answered = rs.wasNull() ? Optional.empty() : Optional.of(status);
                    return new Entry(rs.getString("request_hash"), answered,
                            Optional.ofNullable(rs.getString("response")), rs.getLong("created_at"));
                })
                .findOne());
    }

    @Override
    public void complete(String projectId, String keyHash, int status, String sealedResponse) {
        jdbi.useHandle(h -> h.createUpdate("update idempotency_keys set status = :status, response = :response "
                        + "where project_id = :project and key_hash = :key")
                .bind("status", status).bind("response", sealedResponse)
                .bind("project", projectId).bind("key", keyHash).execute());
    }

    @Override
    public void release(String projectId, String keyHash) {
        jdbi.useHandle(h -> h.createUpdate("delete from idempotency_keys "
                        + "where project_id = :project and key_hash = :key and status is null")
                .bind("project", projectId).bind("key", keyHash).execute());
    }

    @Override
    public void deleteCreatedBefore(long cutoffMicros, boolean onlyUnanswered) {
        jdbi.useHandle(h -> h.createUpdate("delete from idempotency_keys where created_at < :cutoff"
                        + (onlyUnanswered ? " and status is null" : ""))
                .bind("cutoff", cutoffMicros).execute());
    }
}
