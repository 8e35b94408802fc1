package dev.quire.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the data of a deployment made before the store became SQLite: if {@code db/quire.mv.db}
 * (H2) is still there, every row is copied into the freshly migrated SQLite database in one
 * transaction, and only then is the H2 file renamed to {@code quire.mv.db.imported}. A crash before
 * the rename leaves SQLite without the commit (nothing imported) or with it and the H2 file still in
 * place; the import runs only into an empty database, so the second case is detected and the rename
 * finished.
 */
final class H2Import {
    private static final Logger LOG = LoggerFactory.getLogger(H2Import.class);
    /** Parents before children, as the foreign keys require. */
    private static final List<String> TABLES = List.of("organizations", "projects", "api_keys", "chat_sessions",
            "chat_events", "files", "directories", "directory_files", "server_secrets", "indexes", "sync_jobs",
            "index_files", "parsed_texts", "index_attachments");

    private H2Import() {
    }

    static void importIfPresent(Path dbDir, DataSource target) {
        Path h2 = dbDir.resolve("quire.mv.db");
        if (!Files.exists(h2)) {
            return;
        }
        try (Connection to = target.getConnection()) {
            if (TableCopy.hasRows(to, "organizations")) {
                LOG.warn("both {} and an SQLite database with data exist; keeping SQLite, renaming the H2 file", h2);
            } else {
                LOG.info("importing the H2 database {} into SQLite", h2);
                copyAll(dbDir.resolve("quire").toAbsolutePath(), to);
            }
            Files.move(h2, dbDir.resolve("quire.mv.db.imported"));
        } catch (SQLException e) {
            throw new IllegalStateException("could not import the H2 database " + h2 + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyAll(Path h2Base, Connection to) throws SQLException {
        String url = "jdbc:h2:file:" + h2Base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection from = DriverManager.getConnection(url, "quire", "")) {
            to.setAutoCommit(false);
            try {
                for (String table : TABLES) {
                    int rows = TableCopy.copy(from, to, table);
                    LOG.info("imported {} rows of {}", rows, table);
                }
                to.commit();
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                to.setAutoCommit(true);
            }
        }
    }
}
