package dev.quire.indexes;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.quire.common.Json;
import dev.quire.storage.BlobReferences;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;

/** Per-file sync results, parsed texts and attachments in the relational database. */
public final class JdbiIndexFileStore implements IndexFileStore, AttachmentStore, BlobReferences {
    private static final TypeReference<List<int[]>> PAGES = new TypeReference<>() {};

    private final Jdbi jdbi;

    public JdbiIndexFileStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<IndexedFile> files(String indexId) {
        return jdbi.withHandle(h -> h.createQuery("select * from index_files where index_id = :index")
                .bind("index", indexId).map((rs, ctx) -> file(rs)).list());
    }

    @Override
    public Stats stats(String indexId) {
        return jdbi.withHandle(h -> {
            int[] counts = new int[3];
            h.createQuery("select state, count(*) as files, coalesce(sum(num_chunks), 0) as chunks "
                            + "from index_files where index_id = :index group by state")
                    .bind("index", indexId)
                    .map((rs, ctx) -> {
                        int slot = IndexedFile.FAILED.equals(rs.getString("state")) ? 1 : 0;
                        counts[slot] += rs.getInt("files");
                        counts[2] += rs.getInt("chunks");
                        return slot;
                    }).list();
            List<IndexedFile> failed = h.createQuery("select * from index_files where index_id = :index "
                            + "and state = :failed order by display_name")
                    .bind("index", indexId).bind("failed", IndexedFile.FAILED)
                    .map((rs, ctx) -> file(rs)).list();
            return new Stats(counts[0], counts[1], counts[2], failed);
        });
    }

    @Override
    public void save(IndexedFile f, Optional<ParsedText> text) {
        saveAll(List.of(new Saved(f, text)));
    }

    @Override
    public void saveAll(List<Saved> files) {
        jdbi.useTransaction(h -> files.forEach(saved -> save(h, saved.file(), saved.text())));
    }

    private static void save(org.jdbi.v3.core.Handle h, IndexedFile f, Optional<ParsedText> text) {
        {
            h.createUpdate("delete from index_files where index_id = :index and source_file_id = :source")
                    .bind("index", f.indexId()).bind("source", f.sourceFileId()).execute();
            h.createUpdate("delete from parsed_texts where index_id = :index and parsed_file_id = :parsed")
                    .bind("index", f.indexId()).bind("parsed", f.parsedFileId()).execute();
            h.createUpdate("insert into index_files(index_id, source_file_id, parsed_file_id, file_id, display_name, "
                            + "fingerprint, state, error, num_chunks, num_pages, updated_at) values (:index, :source, "
                            + ":parsed, :file, :name, :fingerprint, :state, :error, :chunks, :pages, :updated)")
                    .bind("index", f.indexId()).bind("source", f.sourceFileId()).bind("parsed", f.parsedFileId())
                    .bind("file", f.fileId().orElse(null)).bind("name", f.displayName())
                    .bind("fingerprint", f.fingerprint()).bind("state", f.state())
                    .bind("error", f.error().orElse(null)).bind("chunks", f.numChunks())
                    .bind("pages", f.numPages()).bind("updated", f.updatedAt()).execute();
            text.ifPresent(t -> h.createUpdate("insert into parsed_texts(index_id, parsed_file_id, content, pages) "
                            + "values (:index, :parsed, :content, :pages)")
                    .bind("index", f.indexId()).bind("parsed", f.parsedFileId())
                    .bind("content", storable(t.content())).bind("pages", Json.write(t.pages())).execute());
        }
    }

    /**
     * PostgreSQL text cannot hold U+0000, which extracted text sometimes does; U+FFFD takes its place
     * on every database (one char for one, so page boundaries and grep offsets stay right).
     */
    private static String storable(String content) {
        return content.indexOf('\u0000') < 0 ? content : content.replace('\u0000', '\uFFFD');
    }

    @Override
    public List<String> remove(String indexId, String sourceFileId, String parsedFileId) {
        return jdbi.inTransaction(h -> {
            List<String> keys = h.createQuery("select storage_key from index_attachments where index_id = :index "
                            + "and parsed_file_id = :parsed")
                    .bind("index", indexId).bind("parsed", parsedFileId).mapTo(String.class).list();
            for (String table : List.of("parsed_texts", "index_attachments")) {
                h.createUpdate("delete from " + table + " where index_id = :index and parsed_file_id = :parsed")
                        .bind("index", indexId).bind("parsed", parsedFileId).execute();
            }
            h.createUpdate("delete from index_files where index_id = :index and source_file_id = :source")
                    .bind("index", indexId).bind("source", sourceFileId).execute();
            return keys;
        });
    }

    @Override
    public Optional<ParsedText> parsedText(String indexId, String parsedFileId) {
        return jdbi.withHandle(h -> h.createQuery("select content, pages from parsed_texts "
                        + "where index_id = :index and parsed_file_id = :parsed")
                .bind("index", indexId).bind("parsed", parsedFileId)
                .map((rs, ctx) -> new ParsedText(rs.getString("content"),
                        Json.mapper().convertValue(Json.read(rs.getString("pages")), PAGES)))
                .findOne());
    }

    @Override
    public Optional<IndexedFile> findParsed(String projectId, String id) {
        return jdbi.withHandle(h -> h.createQuery("select f.* from index_files f join indexes i on i.id = f.index_id "
                        + "where i.project_id = :project and i.deleted_at is null "
                        + "and (f.parsed_file_id = :id or f.file_id = :id) order by f.updated_at desc limit 1")
                .bind("project", projectId).bind("id", id).map((rs, ctx) -> file(rs)).findFirst());
    }

    @Override
    public List<String> removeAll(String indexId) {
        return jdbi.inTransaction(h -> {
            List<String> keys = h.createQuery("select storage_key from index_attachments where index_id = :index")
                    .bind("index", indexId).mapTo(String.class).list();
            for (String table : List.of("parsed_texts", "index_attachments", "index_files")) {
                h.createUpdate("delete from " + table + " where index_id = :index").bind("index", indexId).execute();
            }
            return keys;
        });
    }

    /** Screenshots of live indexes; those of a deleted index are orphans even while its rows linger. */
    @Override
    public Set<String> referencedBlobKeys() {
        return jdbi.withHandle(h -> h.createQuery("select a.storage_key from index_attachments a "
                        + "join indexes i on i.id = a.index_id where i.deleted_at is null")
                .mapTo(String.class).set());
    }

    @Override
    public Optional<String> saveAttachment(Attachment a) {
        return jdbi.inTransaction(h -> {
            Optional<String> replaced = h.createQuery("select storage_key from index_attachments "
                            + "where index_id = :index and parsed_file_id = :parsed and name = :name")
                    .bind("index", a.indexId()).bind("parsed", a.parsedFileId()).bind("name", a.name())
                    .mapTo(String.class).findOne();
            h.createUpdate("delete from index_attachments where index_id = :index and parsed_file_id = :parsed "
                            + "and name = :name")
                    .bind("index", a.indexId()).bind("parsed", a.parsedFileId()).bind("name", a.name()).execute();
            h.createUpdate("insert into index_attachments(index_id, parsed_file_id, name, content_type, size_bytes, "
                            + "storage_key, created_at) values (:index, :parsed, :name, :type, :size, :key, :created)")
                    .bind("index", a.indexId()).bind("parsed", a.parsedFileId()).bind("name", a.name())
                    .bind("type", a.contentType()).bind("size", a.sizeBytes()).bind("key", a.storageKey())
                    .bind("created", a.createdAt()).execute();
            return replaced;
        });
    }

    @Override
    public List<String> removeAttachmentsExcept(String indexId, String parsedFileId, Set<String> keep) {
        return jdbi.inTransaction(h -> {
            List<String> keys = new java.util.ArrayList<>();
            for (Attachment a : h.createQuery("select * from index_attachments where index_id = :index "
                            + "and parsed_file_id = :parsed").bind("index", indexId).bind("parsed", parsedFileId)
                    .map((rs, ctx) -> attachment(rs)).list()) {
                if (!keep.contains(a.name())) {
                    h.createUpdate("delete from index_attachments where index_id = :index and parsed_file_id = :parsed "
                                    + "and name = :name")
                            .bind("index", indexId).bind("parsed", parsedFileId).bind("name", a.name()).execute();
                    keys.add(a.storageKey());
                }
            }
            return keys;
        });
    }

    @Override
    public List<Attachment> attachments(String indexId, String parsedFileId) {
        return jdbi.withHandle(h -> h.createQuery("select * from index_attachments where index_id = :index "
                        + "and parsed_file_id = :parsed order by name")
                .bind("index", indexId).bind("parsed", parsedFileId).map((rs, ctx) -> attachment(rs)).list());
    }

    @Override
    public Map<String, List<Attachment>> attachments(String indexId, Collection<String> parsedFileIds) {
        Map<String, List<Attachment>> byFile = new HashMap<>();
        parsedFileIds.forEach(id -> byFile.put(id, new ArrayList<>()));
        if (byFile.isEmpty()) {
            return byFile;
        }
        jdbi.useHandle(h -> h.createQuery("select * from index_attachments where index_id = :index "
                        + "and parsed_file_id in (<parsed>) order by name")
                .bind("index", indexId).bindList("parsed", List.copyOf(byFile.keySet())).map((rs, ctx) -> attachment(rs))
                .forEach(a -> byFile.get(a.parsedFileId()).add(a)));
        return byFile;
    }

    @Override
    public Optional<Attachment> attachment(String indexId, String parsedFileId, String name) {
        return jdbi.withHandle(h -> h.createQuery("select * from index_attachments where index_id = :index "
                        + "and parsed_file_id = :parsed and name = :name")
                .bind("index", indexId).bind("parsed", parsedFileId).bind("name", name)
                .map((rs, ctx) -> attachment(rs)).findOne());
    }

    private static IndexedFile file(ResultSet rs) throws SQLException {
        return new IndexedFile(rs.getString("index_id"), rs.getString("source_file_id"),
                rs.getString("parsed_file_id"), Optional.ofNullable(rs.getString("file_id")),
                rs.getString("display_name"), rs.getString("fingerprint"), rs.getString("state"),
                Optional.ofNullable(rs.getString("error")), rs.getInt("num_chunks"), rs.getInt("num_pages"),
                rs.getLong("updated_at"));
    }

    private static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getString("index_id"), rs.getString("parsed_file_id"), rs.getString("name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("storage_key"),
                rs.getLong("created_at"));
    }
}
