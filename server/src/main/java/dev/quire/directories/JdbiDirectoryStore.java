package dev.quire.directories;

import dev.quire.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Directories in the relational database; system_metadata is a JSON text column. */
public final class JdbiDirectoryStore implements DirectoryStore {
    private final Jdbi jdbi;

    public JdbiDirectoryStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(Directory d) {
        jdbi.useHandle(h -> h.createUpdate("insert into directories(id, project_id, name, description, type, "
                        + "system_metadata, expires_at, created_at, updated_at, deleted_at) values (:id, :project, "
                        + ":name, :description, :type, :system, :expires, :created, :updated, null)")
                .bind("id", d.id()).bind("project", d.projectId()).bind("name", d.name())
                .bind("description", d.description().orElse(null)).bind("type", d.type())
                .bind("system", d.systemMetadata().map(Metadata::toJson).orElse(null))
                .bind("expires", d.expiresAt().orElse(null))
                .bind("created", d.createdAt()).bind("updated", d.updatedAt())
                .execute());
    }

    @Override
    public Optional<Directory> find(String projectId, String directoryId) {
        return jdbi.withHandle(h -> h.createQuery("select * from directories where id = :id and project_id = :project")
                .bind("id", directoryId).bind("project", projectId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<Directory> list(String projectId, DirectoryQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder("select * from directories where project_id = :project");
        if (!query.includeDeleted()) {
            sql.append(" and deleted_at is null");
        }
        query.name().ifPresent(n -> sql.append(" and name = :name"));
        if (!query.types().isEmpty()) {
            sql.append(" and type in (<types>)");
        }
        page.after().ifPresent(p -> sql.append(" and (created_at < :sort or (created_at = :sort and id < :afterId))"));
        sql.append(" order by created_at desc, id desc limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("project", projectId).bind("limit", page.size() + 1);
            query.name().ifPresent(n -> q.bind("name", n));
            if (!query.types().isEmpty()) {
                q.bindList("types", query.types());
            }
            page.after().ifPresent(p -> q.bind("sort", p.numericSortKey()).bind("afterId", p.id()));
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    @Override
    public void update(Directory d) {
        jdbi.useHandle(h -> h.createUpdate("update directories set name = :name, description = :description, "
                        + "updated_at = :updated where id = :id and project_id = :project")
                .bind("name", d.name()).bind("description", d.description().orElse(null))
                .bind("updated", d.updatedAt()).bind("id", d.id()).bind("project", d.projectId())
                .execute());
    }

    @Override
    public boolean markDeleted(String projectId, String directoryId, long at) {
        return jdbi.inTransaction(h -> {
            int changed = h.createUpdate("update directories set deleted_at = :at, updated_at = :at "
                            + "where id = :id and project_id = :project and deleted_at is null")
                    .bind("at", at).bind("id", directoryId).bind("project", projectId).execute();
            if (changed > 0) {
                h.createUpdate("update directory_files set deleted_at = :at, updated_at = :at, live_unique_id = null "
                                + "where directory_id = :id and deleted_at is null")
                        .bind("at", at).bind("id", directoryId).execute();
            }
            return changed > 0;
        });
    }


    private static Directory map(ResultSet rs) throws SQLException {
        return new Directory(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("name"),
                Optional.ofNullable(rs.getString("description")),
                rs.getString("type"),
                Metadata.fromNullableJson(rs.getString("system_metadata")),
                nullableLong(rs, "expires_at"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"),
                nullableLong(rs, "deleted_at"));
    }

    static Optional<Long> nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
