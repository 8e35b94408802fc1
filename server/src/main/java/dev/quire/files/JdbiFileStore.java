package dev.quire.files;

import dev.quire.paging.PageRequest;
import dev.quire.storage.BlobReferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/** Files in the relational database. */
public final class JdbiFileStore implements FileStore, BlobReferences {
    private final Jdbi jdbi;

    public JdbiFileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Blobs of live files; a deleted file's blob is removed right after its tombstone commits. */
    @Override
    public java.util.Set<String> referencedBlobKeys() {
        return jdbi.withHandle(h -> h.createQuery("select blob_key from files where deleted_at is null")
                .mapTo(String.class).set());
    }

    @Override
    public void insert(StoredFile f) {
        jdbi.useHandle(h -> h.createUpdate("insert into files(id, project_id, name, file_type, external_file_id, "
                        + "purpose, blob_key, file_size, sha256, created_at, updated_at, deleted_at) values (:id, "
                        + ":project, :name, :type, :external, :purpose, :blob, :size, :sha, :created, :updated, null)")
                .bind("id", f.id()).bind("project", f.projectId()).bind("name", f.name())
                .bind("type", f.fileType().orElse(null)).bind("external", f.externalFileId().orElse(null))
                .bind("purpose", f.purpose()).bind("blob", f.blobKey()).bind("size", f.size())
                .bind("sha", f.sha256()).bind("created", f.createdAt()).bind("updated", f.updatedAt())
                .execute());
    }

    @Override
    public Optional<StoredFile> find(String projectId, String fileId) {
        return jdbi.withHandle(h -> h.createQuery("select * from files where id = :id and project_id = :project")
                .bind("id", fileId).bind("project", projectId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<StoredFile> list(String projectId, FileQuery query, PageRequest page) {
        StringBuilder sql = new StringBuilder("select * from files where project_id = :project and deleted_at is null");
        query.externalFileId().ifPresent(x -> sql.append(" and external_file_id = :external"));
        query.fileName().ifPresent(x -> sql.append(" and name = :name"));
        if (!query.fileIds().isEmpty()) {
            sql.append(" and id in (<ids>)");
        }
        String[] order = switch (query.order()) {
            case CREATED_AT -> new String[] {" and (created_at < :sort or (created_at = :sort and id < :afterId))",
                    " order by created_at desc, id desc"};
            case NAME -> new String[] {" and (name > :sort or (name = :sort and id > :afterId))",
                    " order by name asc, id asc"};
            case ID -> new String[] {" and id > :afterId", " order by id asc"};
        };
        page.after().ifPresent(p -> sql.append(order[0]));
        sql.append(order[1]).append(" limit :limit");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(sql.toString()).bind("project", projectId).bind("limit", page.size() + 1);
            query.externalFileId().ifPresent(x -> q.bind("external", x));
            query.fileName().ifPresent(x -> q.bind("name", x));
            if (!query.fileIds().isEmpty()) {
                q.bindList("ids", query.fileIds());
            }
            page.after().ifPresent(p -> {
                q.bind("afterId", p.id());
                switch (query.order()) {
                    case CREATED_AT -> q.bind("sort", p.numericSortKey());
                    case NAME -> q.bind("sort", p.sortKey());
                    case ID -> { }
                }
            });
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    @Override
    public boolean markDeleted(String projectId, String fileId, long at) {
        return jdbi.withHandle(h -> h.createUpdate("update files set deleted_at = :at, updated_at = :at "
                        + "where id = :id and project_id = :project and deleted_at is null")
                .bind("at", at).bind("id", fileId).bind("project", projectId).execute()) > 0;
    }


    private static StoredFile map(ResultSet rs) throws SQLException {
        long deletedAt = rs.getLong("deleted_at");
        Optional<Long> deleted = rs.wasNull() ? Optional.empty() : Optional.of(deletedAt);
        return new StoredFile(
                rs.getString("id"),
                rs.getString("project_id"),
                rs.getString("name"),
                Optional.ofNullable(rs.getString("file_type")),
                Optional.ofNullable(rs.getString("external_file_id")),
                rs.getString("purpose"),
                rs.getString("blob_key"),
                rs.getLong("file_size"),
                rs.getString("sha256"),
                rs.getLong("created_at"),
                rs.getLong("updated_at"),
                deleted);
    }
}
