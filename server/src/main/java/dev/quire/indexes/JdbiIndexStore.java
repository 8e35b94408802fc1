package dev.quire.indexes;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quire.common.Json;
import dev.quire.db.SqlDialect;
import dev.quire.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** The index catalog and sync jobs in the relational database. */
public final class JdbiIndexStore implements IndexStore, SyncJobStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<Index.Product>> PRODUCTS = new TypeReference<>() {};

    /** How long an index seen live is taken to be live without asking the database again. */
    private static final long LIVE_TTL_NANOS = 5_000_000_000L;

    private final Jdbi jdbi;
    /** Found out on first use (from the connection's metadata). */
    private volatile SqlDialect dialect;
    private final LiveIndexIds live = new LiveIndexIds(LIVE_TTL_NANOS, System::nanoTime);

    public JdbiIndexStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Index i, SyncJob firstJob) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into indexes(id, project_id, name, description, source_directory_id, "
                            + "output_directory_id, sync_config_id, export_config_id, sync_frequency, store_attachments, "
                            + "vector_target, products, embedding_model, embedding_dimension, status, error_message, "
                            + "has_export, created_at, updated_at) values (:id, :project, :name, :description, :source, "
                            + ":output, :syncConfig, :exportConfig, :frequency, :attachments, :vectorTarget, :products, "
                            + ":model, :dimension, :status, null, false, :created, :updated)")
                    .bind("id", i.id()).bind("project", i.projectId()).bind("name", i.name())
                    .bind("description", i.description().orElse(null)).bind("source", i.sourceDirectoryId())
                    .bind("output", i.outputDirectoryId()).bind("syncConfig", i.syncConfigId())
                    .bind("exportConfig", i.exportConfigId()).bind("frequency", i.syncFrequency())
                    .bind("attachments", Json.write(i.storeAttachments())).bind("vectorTarget", i.vectorTarget())
                    .bind("products", Json.write(i.products())).bind("model", i.embeddingModel())
                    .bind("dimension", i.embeddingDimension()).bind("status", i.status())
                    .bind("created", i.createdAt()).bind("updated", i.updatedAt())
                    .execute();
            insertJob(h, firstJob);
        });
    }

    @Override
    public Optional<Index> find(String projectId, String idOrExportConfigId) {
        return jdbi.withHandle(h -> h.createQuery("select * from indexes where project_id = :project "
                        + "and (id = :id or export_config_id = :id)")
                .bind("project", projectId).bind("id", idOrExportConfigId)
                .map((rs, ctx) -> index(rs)).findFirst());
    }

    @Override
    public Set<String> liveIds(String projectId, List<String> idsOrExportConfigIds) {
        return live.live(projectId, idsOrExportConfigIds, this::queryLiveIds);
    }

    /** Only called with ids to look up (LiveIndexIds asks for the ones it does not know). */
    private Set<String> queryLiveIds(String projectId, List<String> idsOrExportConfigIds) {
        Set<String> asked = Set.copyOf(idsOrExportConfigIds);
        Set<String> found = new HashSet<>();
        jdbi.useHandle(h -> h.createQuery("select id, export_config_id from indexes where project_id = :project "
                        + "and deleted_at is null and (id in (<ids>) or export_config_id in (<ids>))")
                .bind("project", projectId).bindList("ids", List.copyOf(asked))
                .map((rs, ctx) -> List.of(rs.getString(1), rs.getString(2)))
                .forEach(row -> row.stream().filter(asked::contains).forEach(found::add)));
        return found;
    }

    @Override
    public Optional<Index> byId(String indexId) {
        return jdbi.withHandle(h -> h.createQuery("select * from indexes where id = :id")
                .bind("id", indexId).map((rs, ctx) -> index(rs)).findOne());
    }

    @Override
    public List<Index> list(String projectId, Optional<String> sourceDirectoryId, PageRequest page) {
        String source = sourceDirectoryId.isPresent() ? " and source_directory_id = :source" : "";
        String after = page.after().isPresent()
                ? " and (created_at < :sort or (created_at = :sort and id < :afterId))" : "";
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("select * from indexes where project_id = :project and deleted_at is null"
                            + source + after + " order by created_at desc, id desc limit :limit")
                    .bind("project", projectId).bind("limit", page.size() + 1);
            sourceDirectoryId.ifPresent(s -> q.bind("source", s));
            page.after().ifPresent(p -> q.bind("sort", p.numericSortKey()).bind("afterId", p.id()));
            return q.map((rs, ctx) -> index(rs)).list();
        });
    }

    @Override
    public boolean isSource(String directoryId) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from indexes "
                        + "where source_directory_id = :dir and deleted_at is null")
                .bind("dir", directoryId).mapTo(Long.class).one()) > 0;
    }

    @Override
    public void update(Index i) {
        jdbi.useHandle(h -> h.createUpdate("update indexes set status = :status, error_message = :error, "
                        + "has_export = :hasExport, updated_at = :updated, last_synced_at = :synced, "
                        // A tombstone is permanent: a sync finishing with its older copy of the index
                        // (deleted_at still null) must not bring a deleted index back.
                        + "last_exported_at = :exported, deleted_at = coalesce(deleted_at, :deleted) where id = :id")
                .bind("status", i.status()).bind("error", i.errorMessage().orElse(null))
                .bind("hasExport", i.hasExport()).bind("updated", i.updatedAt())
                .bind("synced", i.lastSyncedAt().orElse(null)).bind("exported", i.lastExportedAt().orElse(null))
                .bind("deleted", i.deletedAt().orElse(null)).bind("id", i.id())
                .execute());
        if (i.deletedAt().isPresent()) {
            live.forget(i);
        }
    }

    @Override
    public List<Index> scheduled() {
        return jdbi.withHandle(h -> h.createQuery("select * from indexes where deleted_at is null "
                        + "and sync_frequency <> 'manual'")
                .map((rs, ctx) -> index(rs)).list());
    }

    @Override
    public void insert(SyncJob job) {
        jdbi.useHandle(h -> insertJob(h, job));
    }

    private static void insertJob(Handle h, SyncJob j) {
        h.createUpdate("insert into sync_jobs(id, index_id, state, requested_at, files_total, files_done, "
                        + "files_failed) values (:id, :index, :state, :requested, 0, 0, 0)")
                .bind("id", j.id()).bind("index", j.indexId()).bind("state", j.state())
                .bind("requested", j.requestedAt()).execute();
    }

    @Override
    public boolean update(SyncJob j, String node) {
        return jdbi.withHandle(h -> h.createUpdate("update sync_jobs set state = :state, started_at = :started, "
                        + "finished_at = :finished, files_total = :total, files_done = :done, "
                        + "files_failed = :failed, error = :error where id = :id and lease_owner = :node")
                .bind("state", j.state()).bind("started", j.startedAt().orElse(null))
                .bind("finished", j.finishedAt().orElse(null)).bind("total", j.filesTotal())
                .bind("done", j.filesDone()).bind("failed", j.filesFailed()).bind("error", j.error().orElse(null))
                .bind("id", j.id()).bind("node", node).execute()) > 0;
    }

    @Override
    public Requested request(SyncJob candidate, long lastSourceChange, Optional<Trigger> trigger, long nowMicros) {
        return jdbi.inTransaction(h -> {
            Optional<SyncJob> unfinished = h.createQuery("select * from sync_jobs where index_id = :index "
                            + "and state in ('queued', 'running')" + dialect().forUpdate())
                    .bind("index", candidate.indexId()).map((rs, ctx) -> job(rs)).findFirst();
            Requested requested;
            if (unfinished.isPresent() && (SyncJob.QUEUED.equals(unfinished.get().state())
                    || unfinished.get().startedAt().orElse(0L) > lastSourceChange)) {
                requested = new Requested(Outcome.ABSORBED, unfinished);
            } else if (unfinished.isPresent()) {
                return new Requested(Outcome.BUSY, unfinished);
            } else {
                insertJob(h, candidate);
                h.createUpdate("update indexes set status = :status, error_message = null, updated_at = :now "
                                + "where id = :id and deleted_at is null")
                        .bind("status", Index.PENDING).bind("now", nowMicros).bind("id", candidate.indexId())
                        .execute();
                requested = new Requested(Outcome.CREATED, Optional.of(candidate));
            }
            if (trigger.isPresent() && !fire(h, candidate.indexId(), trigger.get())) {
                h.rollback();
                return new Requested(Outcome.NOT_DUE, Optional.empty());
            }
            return requested;
        });
    }

    /** The compare-and-set that makes a schedule fire once per cluster. */
    private static boolean fire(Handle h, String indexId, Trigger trigger) {
        if (trigger instanceof Trigger.Daily daily) {
            return h.createUpdate("update indexes set schedule_fired_at = :fired where id = :id "
                            + "and coalesce(schedule_fired_at, -1) = :seen")
                    .bind("fired", daily.firedAt()).bind("id", indexId).bind("seen", daily.seenFiredAt())
                    .execute() == 1;
        }
        Trigger.SourceChange change = (Trigger.SourceChange) trigger;
        return h.createUpdate("update indexes set source_changed_at = null where id = :id "
                        + "and source_changed_at = :seen")
                .bind("id", indexId).bind("seen", change.seenChangedAt()).execute() == 1;
    }

    @Override
    public Optional<Claimed> claim(String node, long nowMillis, long leaseUntil) {
        return jdbi.inTransaction(h -> {
            Optional<Claimed> free = h.createQuery("select * from sync_jobs where state in ('queued', 'running') "
                            + "and (lease_until is null or lease_until < :now) order by requested_at, id limit 1"
                            + dialect().skipLocked())
                    .bind("now", nowMillis)
                    .map((rs, ctx) -> new Claimed(job(rs), rs.getBoolean("cancel_requested"))).findFirst();
            if (free.isEmpty()) {
                return free;
            }
            // Conditional again: on SQLite this is what the row lock is on PostgreSQL.
            int claimed = h.createUpdate("update sync_jobs set lease_owner = :node, lease_until = :until "
                            + "where id = :id and (lease_until is null or lease_until < :now)")
                    .bind("node", node).bind("until", leaseUntil).bind("id", free.get().job().id())
                    .bind("now", nowMillis).execute();
            return claimed == 1 ? free : Optional.<Claimed>empty();
        });
    }

    /** How many sync jobs are in {@code state} (queued or running) across every node, for the metrics. */
    public int countJobs(String state) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from sync_jobs where state = :state")
                .bind("state", state).mapTo(Integer.class).one());
    }

    @Override
    public boolean claimable(long nowMillis) {
        return jdbi.withHandle(h -> h.createQuery("select id from sync_jobs where state in ('queued', 'running') "
                        + "and (lease_until is null or lease_until < :now) limit 1")
                .bind("now", nowMillis).mapTo(String.class).findFirst()).isPresent();
    }

    @Override
    public Set<String> renew(String node, Collection<String> jobIds, long leaseUntil) {
        if (jobIds.isEmpty()) {
            return Set.of();
        }
        return jdbi.inTransaction(h -> {
            h.createUpdate("update sync_jobs set lease_until = :until where lease_owner = :node "
                            + "and state in ('queued', 'running') and id in (<ids>)")
                    .bind("until", leaseUntil).bind("node", node).bindList("ids", List.copyOf(jobIds)).execute();
            return new HashSet<>(h.createQuery("select id from sync_jobs where lease_owner = :node "
                            + "and lease_until = :until and id in (<ids>)")
                    .bind("node", node).bind("until", leaseUntil).bindList("ids", List.copyOf(jobIds))
                    .mapTo(String.class).list());
        });
    }

    @Override
    public Set<String> cancelRequested(String node) {
        return new HashSet<>(jdbi.withHandle(h -> h.createQuery("select id from sync_jobs where lease_owner = :node "
                        + "and cancel_requested = true and state in ('queued', 'running')")
                .bind("node", node).mapTo(String.class).list()));
    }

    @Override
    public void release(String jobId, String node) {
        jdbi.useHandle(h -> h.createUpdate("update sync_jobs set lease_owner = null, lease_until = null "
                        + "where id = :id and lease_owner = :node and state in ('queued', 'running')")
                .bind("id", jobId).bind("node", node).execute());
    }

    @Override
    public void releaseAll() {
        jdbi.useHandle(h -> h.createUpdate("update sync_jobs set lease_owner = null, lease_until = null "
                + "where lease_owner is not null").execute());
    }

    @Override
    public Optional<SyncJob> cancel(String indexId, long nowMillis, long nowMicros) {
        return jdbi.inTransaction(h -> {
            Optional<SyncJob> job = h.createQuery("select * from sync_jobs where index_id = :index "
                            + "and state in ('queued', 'running')" + dialect().forUpdate())
                    .bind("index", indexId).map((rs, ctx) -> job(rs)).findFirst();
            if (job.isEmpty()) {
                return job;
            }
            // Nobody runs it: end it here. Otherwise its owner sees the flag (claim loop) and stops.
            int ended = h.createUpdate("update sync_jobs set state = :cancelled, finished_at = :now, "
                            + "error = 'cancelled', lease_owner = null, lease_until = null where id = :id "
                            + "and (lease_until is null or lease_until < :nowMillis)")
                    .bind("cancelled", SyncJob.CANCELLED).bind("now", nowMicros).bind("id", job.get().id())
                    .bind("nowMillis", nowMillis).execute();
            if (ended == 0) {
                h.createUpdate("update sync_jobs set cancel_requested = true where id = :id")
                        .bind("id", job.get().id()).execute();
                return job;
            }
            return h.createQuery("select * from sync_jobs where id = :id").bind("id", job.get().id())
                    .map((rs, ctx) -> job(rs)).findFirst();
        });
    }

    @Override
    public void sourceChanged(String directoryId, long atMicros) {
        jdbi.useHandle(h -> h.createUpdate("update indexes set source_changed_at = :at "
                        + "where source_directory_id = :dir and sync_frequency = 'on_source_change' "
                        + "and deleted_at is null")
                .bind("at", atMicros).bind("dir", directoryId).execute());
    }

    @Override
    public List<Schedule> schedules() {
        return schedules("sync_frequency <> 'manual'");
    }

    @Override
    public List<Schedule> changedSources() {
        return schedules("source_changed_at is not null");
    }

    private List<Schedule> schedules(String condition) {
        return jdbi.withHandle(h -> h.createQuery("select id, sync_frequency, created_at, last_synced_at, "
                        + "schedule_fired_at, source_changed_at from indexes where deleted_at is null and " + condition)
                .map((rs, ctx) -> new Schedule(rs.getString("id"), rs.getString("sync_frequency"),
                        rs.getLong("created_at"), optionalLong(rs, "last_synced_at"),
                        optionalLong(rs, "schedule_fired_at"), optionalLong(rs, "source_changed_at")))
                .list());
    }

    private SqlDialect dialect() {
        SqlDialect known = dialect;
        if (known == null) {
            known = SqlDialect.of(jdbi);
            dialect = known;
        }
        return known;
    }

    @Override
    public Optional<SyncJob> latest(String indexId) {
        return jdbi.withHandle(h -> h.createQuery("select * from sync_jobs where index_id = :index "
                        + "order by requested_at desc, id desc limit 1")
                .bind("index", indexId).map((rs, ctx) -> job(rs)).findFirst());
    }

    private static Index index(ResultSet rs) throws SQLException {
        return new Index(
                rs.getString("id"), rs.getString("project_id"), rs.getString("name"),
                Optional.ofNullable(rs.getString("description")),
                rs.getString("source_directory_id"), rs.getString("output_directory_id"),
                rs.getString("sync_config_id"), rs.getString("export_config_id"), rs.getString("sync_frequency"),
                Json.mapper().convertValue(Json.read(rs.getString("store_attachments")), STRINGS),
                rs.getString("vector_target"),
                Json.mapper().convertValue(Json.read(rs.getString("products")), PRODUCTS),
                rs.getString("embedding_model"), rs.getInt("embedding_dimension"),
                rs.getString("status"), Optional.ofNullable(rs.getString("error_message")),
                rs.getBoolean("has_export"), rs.getLong("created_at"), rs.getLong("updated_at"),
                optionalLong(rs, "last_synced_at"), optionalLong(rs, "last_exported_at"),
                optionalLong(rs, "deleted_at"));
    }

    private static SyncJob job(ResultSet rs) throws SQLException {
        return new SyncJob(rs.getString("id"), rs.getString("index_id"), rs.getString("state"),
                rs.getLong("requested_at"), optionalLong(rs, "started_at"), optionalLong(rs, "finished_at"),
                rs.getInt("files_total"), rs.getInt("files_done"), rs.getInt("files_failed"),
                Optional.ofNullable(rs.getString("error")));
    }

    static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
