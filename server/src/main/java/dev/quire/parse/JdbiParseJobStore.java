package dev.quire.parse;

import dev.quire.paging.PageRequest;
import dev.quire.storage.BlobReferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Parse jobs in the metadata database (embedded or PostgreSQL), table {@code parse_jobs}. */
public final class JdbiParseJobStore implements ParseJobStore, BlobReferences {
    private final Jdbi jdbi;

    public JdbiParseJobStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(ParseJob j) {
        jdbi.useHandle(h -> h.createUpdate("insert into parse_jobs(id, project_id, name, file_name, file_id, tier, "
                        + "version, status, options, user_metadata, input_blob, result_blob, error_message, pages, "
                        + "cancel_requested, created_at, updated_at) values (:id, :project, :name, :fileName, :fileId, "
                        + ":tier, :version, :status, :options, :meta, :input, :result, :error, :pages, :cancel, "
                        + ":created, :updated)")
                .bind("id", j.id()).bind("project", j.projectId()).bind("name", j.name().orElse(null))
                .bind("fileName", j.fileName()).bind("fileId", j.fileId().orElse(null)).bind("tier", j.tier())
                .bind("version", j.version()).bind("status", j.status().name()).bind("options", j.options())
                .bind("meta", j.userMetadata().orElse(null)).bind("input", j.inputBlob().orElse(null))
                .bind("result", j.resultBlob().orElse(null)).bind("error", j.errorMessage().orElse(null))
                .bind("pages", j.pages().orElse(null)).bind("cancel", j.cancelRequested())
                .bind("created", j.createdAt()).bind("updated", j.updatedAt())
                .execute());
    }

    @Override
    public Optional<ParseJob> find(String projectId, String jobId) {
        return jdbi.withHandle(h -> h.createQuery("select * from parse_jobs where id = :id and project_id = :project")
                .bind("id", jobId).bind("project", projectId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<ParseJob> list(String projectId, JobQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder("select * from parse_jobs where project_id = :project");
        query.status().ifPresent(s -> sql.append(" and status = :status"));
        query.createdFrom().ifPresent(t -> sql.append(" and created_at >= :from"));
        query.createdTo().ifPresent(t -> sql.append(" and created_at <= :to"));
        if (!query.jobIds().isEmpty()) {
            sql.append(" and id in (<ids>)");
        }
        page.after().ifPresent(p -> sql.append(" and (created_at < :sort or (created_at = :sort and id < :afterId))"));
        sql.append(" order by created_at desc, id desc limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("project", projectId).bind("limit", page.size() + 1);
            query.status().ifPresent(s -> q.bind("status", s.name()));
            query.createdFrom().ifPresent(t -> q.bind("from", t));
            query.createdTo().ifPresent(t -> q.bind("to", t));
            if (!query.jobIds().isEmpty()) {
                q.bindList("ids", query.jobIds());
            }
            page.after().ifPresent(p -> q.bind("sort", p.numericSortKey()).bind("afterId", p.id()));
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    @Override
    public boolean transition(String jobId, JobStatus from, JobStatus to, Outcome outcome, long now) {
        return jdbi.withHandle(h -> h.createUpdate("update parse_jobs set status = :to, updated_at = :now, "
                        + "result_blob = coalesce(:result, result_blob), error_message = coalesce(:error, error_message), "
                        + "pages = coalesce(:pages, pages), cancel_requested = (cancel_requested or :cancel) "
                        + "where id = :id and status = :from")
                .bind("to", to.name()).bind("now", now).bind("result", outcome.resultBlob().orElse(null))
                .bind("error", outcome.errorMessage().orElse(null)).bind("pages", outcome.pages().orElse(null))
                .bind("cancel", to == JobStatus.CANCELLED).bind("id", jobId).bind("from", from.name())
                .execute()) == 1;
    }

    @Override
    public Optional<ParseJob> deleteFinished(String projectId, String jobId) {
        return jdbi.inTransaction(h -> {
            Optional<ParseJob> job = h.createQuery("select * from parse_jobs where id = :id and project_id = :project "
                            + "and status in ('COMPLETED', 'FAILED', 'CANCELLED')")
                    .bind("id", jobId).bind("project", projectId).map((rs, ctx) -> map(rs)).findOne();
            if (job.isEmpty()) {
                return job;
            }
            int deleted = h.createUpdate("delete from parse_jobs where id = :id and status = :status")
                    .bind("id", jobId).bind("status", job.get().status().name()).execute();
            return deleted == 1 ? job : Optional.<ParseJob>empty();
        });
    }

    @Override
    public List<ParseJob> unfinished() {
        return jdbi.withHandle(h -> h.createQuery("select * from parse_jobs where status in ('PENDING', 'RUNNING') "
                + "order by created_at, id").map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Set<String> referencedBlobKeys() {
        return jdbi.withHandle(h -> {
            Set<String> keys = new HashSet<>(h.createQuery("select input_blob from parse_jobs where input_blob is not null")
                    .mapTo(String.class).list());
            keys.addAll(h.createQuery("select result_blob from parse_jobs where result_blob is not null")
                    .mapTo(String.class).list());
            return keys;
        });
    }

    private static ParseJob map(ResultSet rs) throws SQLException {
        int pages = rs.getInt("pages");
        Optional<Integer> pageCount = rs.wasNull() ? Optional.empty() : Optional.of(pages);
        return new ParseJob(rs.getString("id"), rs.getString("project_id"), Optional.ofNullable(rs.getString("name")),
                rs.getString("file_name"), Optional.ofNullable(rs.getString("file_id")), rs.getString("tier"),
                rs.getString("version"), JobStatus.valueOf(rs.getString("status")), rs.getString("options"),
                Optional.ofNullable(rs.getString("user_metadata")), Optional.ofNullable(rs.getString("input_blob")),
                Optional.ofNullable(rs.getString("result_blob")), Optional.ofNullable(rs.getString("error_message")),
                pageCount, rs.getBoolean("cancel_requested"), rs.getLong("created_at"), rs.getLong("updated_at"));
    }
}
