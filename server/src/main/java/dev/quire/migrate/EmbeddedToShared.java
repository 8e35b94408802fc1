package dev.quire.migrate;

import dev.quire.common.ConfigurationError;
import dev.quire.db.Database;
import dev.quire.db.TableCopy;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** What one run copied. */
    public record Summary(Map<String, Integer> rows, int blobs, long chunks) {}

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
