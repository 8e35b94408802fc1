package dev.quire.migrate;

import dev.quire.common.ConfigurationError;
import dev.quire.db.Database;
import dev.quire.db.TableCopy;
import dev.quire.search.ChunkDoc;
import dev.quire.search.ChunkIndex;
import dev.quire.search.SearchBackend;
import dev.quire.storage.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves an embedded deployment's data (SQLite, blobs in the data directory, Lucene chunks) onto shared
 * backends (PostgreSQL, S3 or a shared directory, SolrCloud), keeping every id and key, so the nodes
 * started on the shared backends serve exactly what the single server served.
 *
 * <p>Blobs and chunks go first, the database rows last in one transaction: the rows are what makes the
 * data visible, and a run that failed half way left only blobs and chunks that a second run overwrites
 * with the same content. A target database that already has rows is refused (a node was started on it,
 * or a run completed): the rows would collide.
 */
public final class EmbeddedToShared {
    /** Not copied: each database keeps its own migration history. */
    private static final String FLYWAY_HISTORY = "flyway_schema_history";

    private final Database source;
    private final Database target;
    private final PrintStream out;

    public EmbeddedToShared(Database source, Database target, PrintStream out) {
        if (!source.embedded()) {
            throw new IllegalArgumentException("the source must be an embedded database");
        }
        this.source = source;
        this.target = target;
        this.out = out;
    }

    /** What one run copied: rows per table, blobs, and chunks per index. */
    public record Summary(Map<String, Integer> rows, int blobs, Map<String, Integer> chunks) {}

    /**
     * Copies everything: blobs, then chunks, then rows (see the class comment for why in that order).
     * The target database is checked for data first, so nothing is written next to a live deployment.
     * An empty target store means the data is already where the nodes will read it (the embedded
     * deployment's own directory): it is left as it is.
     */
    public Summary run(BlobStore fromBlobs, Optional<BlobStore> toBlobs, SearchBackend fromSearch,
            Optional<SearchBackend> toSearch) {
        requireEmptyTarget();
        out.println("copying blobs...");
        int blobs = toBlobs.map(to -> copyBlobs(fromBlobs, to)).orElse(0);
        out.println("copying chunks...");
        Map<String, Integer> chunks = toSearch.map(to -> copyChunks(fromSearch, to)).orElse(Map.of());
        out.println("copying database rows...");
        Map<String, Integer> rows = copyRows();
        return new Summary(rows, blobs, chunks);
    }

    /** Refuses a target database that has data; call before copying anything. */
    public void requireEmptyTarget() {
        if (target.embedded()) {
            throw new ConfigurationError("QUIRE_DATABASE_URL must name the PostgreSQL database to copy into");
        }
        boolean hasRows = target.jdbi().withHandle(h -> {
            try {
                return TableCopy.hasRows(h.getConnection(), "organizations");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        if (hasRows) {
            throw new ConfigurationError("the database at QUIRE_DATABASE_URL already has data: copy into an empty "
                    + "database, before any node starts on it");
        }
    }

    /** Copies every blob under its key; returns how many. */
    public int copyBlobs(BlobStore from, BlobStore to) {
        int copied = 0;
        for (String key : from.keys()) {
            try (InputStream in = from.open(key).orElseThrow()) {
                to.putAs(key, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (++copied % 1000 == 0) {
                out.println("  " + copied + " blobs");
            }
        }
        return copied;
    }

    /**
     * Copies the chunks of every index the source database has and has not deleted, file by file with
     * their vectors, committing once per index; returns the chunks per index. An index the source
     * backend has no folder for (created, never synced) has no chunks to copy; the target creates its
     * collection when it first syncs.
     */
    public Map<String, Integer> copyChunks(SearchBackend from, SearchBackend to) {
        Set<String> stored = new HashSet<>(from.storedIndexIds());
        Map<String, Integer> copied = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : liveIndexes().entrySet()) {
            String id = entry.getKey();
            if (!stored.contains(id)) {
                continue;
            }
            ChunkIndex source = from.index(id, entry.getValue());
            ChunkIndex target = to.index(id, entry.getValue());
            int chunks = 0;
            for (String fileId : new TreeSet<>(source.fileIds())) {
                List<ChunkDoc> docs = source.docsOfFile(fileId);
                target.replaceFile(fileId, docs); // replaces what a failed earlier run wrote
                chunks += docs.size();
            }
            target.commit();
            copied.put(id, chunks);
            out.println("  index " + id + ": " + chunks + " chunks");
        }
        return copied;
    }

    /** Ids and vector dimensions of the source's indexes that are not deleted, in id order. */
    private Map<String, Integer> liveIndexes() {
        Map<String, Integer> indexes = new LinkedHashMap<>();
        source.jdbi().useHandle(h -> h.createQuery(
                        "select id, embedding_dimension from indexes where deleted_at is null order by id")
                .map((r, ctx) -> Map.entry(r.getString(1), r.getInt(2)))
                .forEach(e -> indexes.put(e.getKey(), e.getValue())));
        return indexes;
    }

    /** Copies every table's rows in one transaction of the target; returns the rows per table. */
    public Map<String, Integer> copyRows() {
        Map<String, Integer> rows = new LinkedHashMap<>();
        source.jdbi().useHandle(from -> target.jdbi().useHandle(to -> {
            Connection connection = to.getConnection();
            try {
                connection.setAutoCommit(false);
                try {
                    for (String table : tablesInCreationOrder(from.getConnection())) {
                        rows.put(table, TableCopy.copy(from.getConnection(), connection, table));
                    }
                    connection.commit();
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("copying the database failed: " + e.getMessage(), e);
            }
        }));
        return rows;
    }

    /** Tables in the order the migrations created them: parents before the children whose keys name them. */
    private static List<String> tablesInCreationOrder(Connection sqlite) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = sqlite.createStatement();
             ResultSet r = s.executeQuery("select name from sqlite_master where type = 'table' "
                     + "and name not like 'sqlite_%' order by rowid")) {
            while (r.next()) {
                if (!r.getString(1).equals(FLYWAY_HISTORY)) {
                    tables.add(r.getString(1));
                }
            }
        }
        return tables;
    }
}
