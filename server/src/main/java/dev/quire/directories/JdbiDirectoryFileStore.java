package dev.quire.directories;

import dev.quire.db.SqlErrors;
import dev.quire.errors.ApiException;
import dev.quire.paging.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Directory entries in the relational database. The unique constraint on (directory_id,
 * live_unique_id) settles races between two writers of the same unique id: the loser gets a 409.
 */
public final class JdbiDirectoryFileStore implements DirectoryFileStore {

    private final Jdbi jdbi;

    public JdbiDirectoryFileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(DirectoryFile e) {
        write("insert into directory_files(id, project_id, directory_id, unique_id, live_unique_id, display_name, "
                + "file_id, system_metadata, user_metadata, created_at, updated_at, deleted_at) values (:id, :project, "
                + ":directory, :unique, :liveUnique, :display, :file, :system, :user, :created, :updated, :deleted)", e);
    }

    @Override
    public void update(DirectoryFile e) {
        write("update directory_files set directory_id = :directory, unique_id = :unique, live_unique_id = :liveUnique, "
                + "display_name = :display, file_id = :file, system_metadata = :system, user_metadata = :user, "
                + "created_at = :created, "
                + "updated_at = :updated, deleted_at = :deleted where id = :id and project_id = :project", e);
    }

    @Override
    public Optional<DirectoryFile> find(String projectId, String entryId) {
        return jdbi.withHandle(h -> h.createQuery("select * from directory_files where id = :id and project_id = :project")
                .bind("id", entryId).bind("project", projectId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<DirectoryFile> findLive(String directoryId, String uniqueId) {
        return jdbi.withHandle(h -> h.createQuery("select * from directory_files "
                        + "where directory_id = :directory and live_unique_id = :unique")
                .bind("directory", directoryId).bind("unique", uniqueId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<DirectoryFile> list(String projectId, DirectoryFileQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder(
                "select * from directory_files where project_id = :project and directory_id = :directory");
        if (!query.includeDeleted()) {
            sql.append(" and deleted_at is null");
        }
        query.displayName().ifPresent(x -> sql.append(" and display_name = :display"));
        query.displayNameContains().ifPresent(x -> sql.append(" and lower(display_name) like :contains escape '!'"));
        query.fileId().ifPresent(x -> sql.append(" and file_id = :file"));
        query.uniqueId().ifPresent(x -> sql.append(" and unique_id = :unique"));
        query.updatedOnOrAfter().ifPresent(x -> sql.append(" and updated_at >= :after"));
        query.updatedOnOrBefore().ifPresent(x -> sql.append(" and updated_at <= :before"));
        page.after().ifPresent(p -> sql.append(" and (created_at > :sort or (created_at = :sort and id > :afterId))"));
        sql.append(" order by created_at asc, id asc limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("project", projectId)
                    .bind("directory", query.directoryId()).bind("limit", page.size() + 1);
            query.displayName().ifPresent(x -> q.bind("display", x));
            query.displayNameContains().ifPresent(x -> q.bind("contains", "%" + likeEscape(x.toLowerCase(java.util.Locale.ROOT)) + "%"));
            query.fileId().ifPresent(x -> q.bind("file", x));
            query.uniqueId().ifPresent(x -> q.bind("unique", x));
            query.updatedOnOrAfter().ifPresent(x -> q.bind("after", x));
            query.updatedOnOrBefore().ifPresent(x -> q.bind("before", x));
            page.after().ifPresent(p -> q.bind("sort", p.numericSortKey()).bind("afterId", p.id()));
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    @Override
    public List<String> markDeletedByFile(String projectId, String fileId, long at) {
        return jdbi.inTransaction(h -> {
            List<String> directories = h.createQuery("select distinct directory_id from directory_files "
                            + "where project_id = :project and file_id = :file and deleted_at is null")
                    .bind("project", projectId).bind("file", fileId).mapTo(String.class).list();
            h.createUpdate("update directory_files set deleted_at = :at, updated_at = :at, live_unique_id = null "
                            + "where project_id = :project and file_id = :file and deleted_at is null")
                    .bind("at", at).bind("project", projectId).bind("file", fileId).execute();
            return directories;
        });
    }

    private void write(String sql, DirectoryFile e) {
        try {
            jdbi.useHandle(h -> bind(h.createUpdate(sql), e).execute());
        } catch (StatementException ex) {
            if (SqlErrors.isUniqueViolation(ex)) {
                throw new ApiException.Conflict("A file with unique_id '" + e.uniqueId()
                        + "' already exists in the directory");
            }
            throw ex;
        }
    }

    private static Update bind(Update u, DirectoryFile e) {
        return u.bind("id", e.id()).bind("project", e.projectId()).bind("directory", e.directoryId())
                .bind("unique", e.uniqueId()).bind("liveUnique", e.deleted() ? null : e.uniqueId())
                .bind("display", e.displayName()).bind("file", e.fileId().orElse(null))
                .bind("system", Metadata.toJson(e.systemMetadata())).bind("user", Metadata.toJson(e.userMetadata()))
                .bind("created", e.createdAt()).bind("updated", e.updatedAt())
                .bind("deleted", e.deletedAt().orElse(null));
    }

    /** Escapes LIKE wildcards with '!' so that a search for "50%" means the text "50%". */
    private static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static DirectoryFile map(ResultSet rs) throws SQLException {
        return new DirectoryFile(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("directory_id"),
                rs.getString("unique_id"),
                rs.getString("display_name"),
                Optional.ofNullable(rs.getString("file_id")),
                Metadata.fromJson(rs.getString("system_metadata")),
                Metadata.fromJson(rs.getString("user_metadata")),
                rs.getLong("created_at"),
                rs.getLong("updated_at"),
                JdbiDirectoryStore.nullableLong(rs, "deleted_at"));
    }
}
