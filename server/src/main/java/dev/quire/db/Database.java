package dev.quire.db;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * The embedded database: an H2 file in the data directory, migrated by Flyway at start-up. The
 * migrations are plain SQL that also runs on PostgreSQL, so a server can later point at one.
 */
public final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final Jdbi jdbi;

    private Database(JdbcConnectionPool pool) {
        this.pool = pool;
        this.jdbi = Jdbi.create(pool);
    }

    /** Opens (creating if needed) the database under {@code dataDir/db} and applies migrations. */
    public static Database open(Path dataDir) {
        // CACHE_SIZE (KB): H2's 16 MB default let B-tree pages of the random-UUID keys fall out of
        // the cache, so inserts re-read them from disk (bench/run chat-create, profiled).
        String url = "jdbc:h2:file:" + dataDir.resolve("db").resolve("quire").toAbsolutePath()
                + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=65536";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "quire", "");
        pool.setMaxConnections(32);
        migrate(pool);
        return new Database(pool);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
