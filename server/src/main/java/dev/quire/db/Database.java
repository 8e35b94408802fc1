package dev.quire.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The metadata database, migrated by Flyway at start-up: by default SQLite under {@code dataDir/db},
 * or PostgreSQL shared by several nodes when {@link DatabaseSettings} name one. The stores see only
 * {@link #jdbi()} and write SQL that runs unchanged on both.
 *
 * <p>SQLite runs in WAL mode with {@code synchronous=FULL}: a commit returns only after SQLite has
 * fsynced the write-ahead log, so anything the API acknowledged survives {@code kill -9} and power
 * loss (H2's MVStore, used before, wrote commits lazily and lost acknowledged writes after
 * {@code kill -9}). Write transactions begin {@code IMMEDIATE}: SQLite allows one writer at a time,
 * and a transaction that read first and then tried to write would fail at once with SQLITE_BUSY
 * instead of waiting. Readers never block (WAL).
 *
 * <p>Migrations: {@code db/migration} holds those that run as they are on both databases;
 * {@code db/vendor/sqlite} and {@code db/vendor/postgresql} hold per-database copies of the same
 * version where the SQL differs (PostgreSQL's declare {@code collate "C"} so that text sorts by code
 * point, as in SQLite). The SQLite files are the originals, byte for byte: existing databases keep
 * their checksums.
 */
public final class Database implements Transactions, AutoCloseable {
    /** How long a writer waits for SQLite's write lock before the request fails. */
    private static final int BUSY_TIMEOUT_MS = 60_000;
    private static final String COMMON_MIGRATIONS = "classpath:db/migration";

    /** Query-only SQLite connections for {@link #reads()}: readers never wait for each other in WAL mode. */
    private static final int READ_CONNECTIONS = 8;

    private final HikariDataSource pool;
    private final Optional<HikariDataSource> readPool;
    private final Jdbi jdbi;
    private final Jdbi reads;
    private final boolean embedded;

    private Database(HikariDataSource pool, Optional<HikariDataSource> readPool, boolean embedded) {
        this.pool = pool;
        this.readPool = readPool;
        this.jdbi = Jdbi.create(pool);
        this.reads = readPool.map(Jdbi::create).orElse(jdbi);
        this.embedded = embedded;
    }

    /** Opens (creating if needed) the embedded database {@code dataDir/db/quire.sqlite} and applies migrations. */
    public static Database open(Path dataDir) {
        return open(DatabaseSettings.EMBEDDED, dataDir);
    }

    /**
     * Opens the database the settings name and applies migrations. PostgreSQL that cannot be
     * reached or refuses the login fails with a {@link dev.quire.common.ConfigurationError} saying
     * so; {@code dataDir} is used only by the embedded database.
     */
    public static Database open(DatabaseSettings settings, Path dataDir) {
        return settings.embedded() ? openEmbedded(dataDir) : openPostgres(settings);
    }

    private static Database openEmbedded(Path dataDir) {
        Path dir = dataDir.resolve("db");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path file = dir.resolve("quire.sqlite").toAbsolutePath();
        if (!Files.exists(file)) {
            create(file);
        }
        HikariDataSource pool = pool(file);
        try {
            migrate(pool, "sqlite");
            H2Import.importIfPresent(dir, pool);
            return new Database(pool, Optional.of(readPool(file)), true);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    private static Database openPostgres(DatabaseSettings settings) {
        HikariDataSource pool = PostgresPool.open(settings);
        try {
            migrate(pool, "postgresql");
            return new Database(pool, Optional.empty(), false);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Creates the file with incremental auto-vacuum, which lets deletes give pages back to the file
     * system (reclaimSpace) instead of only to SQLite's free list. It can be chosen only before the
     * database is in WAL mode and has tables, so this happens on a plain connection first.
     */
    private static void create(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("pragma auto_vacuum = incremental");
            s.execute("vacuum");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + file + ": " + e.getMessage(), e);
        }
    }

    private static HikariDataSource pool(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
        sqlite.enforceForeignKeys(true);
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // 16 MB page cache per connection (negative = KiB; up to 16 connections): keeps the hot pages
        // of the random-UUID key indexes in memory; the rest is served from the OS page cache.
        sqlite.setCacheSize(-16384);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);

        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("quire-db");
        config.setMaximumPoolSize(16);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(BUSY_TIMEOUT_MS);
        // No checkpoints inside commits: the committing request would copy the log into the database
        // file (and fsync it) while holding the write lock; checkpoint() does it in the background.
        config.setConnectionInitSql("pragma wal_autocheckpoint = 0");
        return new HikariDataSource(config);
    }

    /**
     * SQLite allows one writer at a time, and a write transaction holds its pooled connection while it
     * waits for the write lock (BEGIN IMMEDIATE, up to the busy timeout). Under a burst of writes (50
     * chat turns storing their events) writers held 15 of the 16 connections and a retrieve request
     * waited up to a second for a connection only to run a read that WAL never blocks. Reads on hot
     * request paths get these connections instead; writers cannot take them.
     */
    private static HikariDataSource readPool(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setBusyTimeout(BUSY_TIMEOUT_MS);
        sqlite.setCacheSize(-16384);
        sqlite.setTempStore(SQLiteConfig.TempStore.MEMORY);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("quire-db-read");
        config.setMaximumPoolSize(READ_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(BUSY_TIMEOUT_MS);
        config.setConnectionInitSql("pragma query_only = 1");
        return new HikariDataSource(config);
    }

    private static void migrate(DataSource dataSource, String vendor) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(COMMON_MIGRATIONS, "classpath:db/vendor/" + vendor)
                .load()
                .migrate();
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * For single reads on hot request paths that never run inside a transaction (a store built on it
     * would not see a surrounding transaction's writes): on SQLite a pool of query-only connections
     * that writers waiting for the write lock cannot exhaust; on PostgreSQL the same pool as
     * {@link #jdbi()}, where writers do not queue on connections that way.
     */
    public Jdbi reads() {
        return reads;
    }

    /**
     * True for the embedded SQLite database, which only one process may open: the caller holds the
     * data directory lock only then. PostgreSQL is shared by any number of nodes.
     */
    public boolean embedded() {
        return embedded;
    }

    /**
     * Copies committed pages from the write-ahead log into the database file (without waiting for
     * readers or writers), so the log stays small. Run every second; commits do not do it. Nothing
     * to do on PostgreSQL.
     */
    public void checkpoint() {
        if (!embedded) {
            return;
        }
        jdbi.useHandle(h -> h.select("pragma wal_checkpoint(passive)").mapToMap().list());
    }

    /**
     * Gives the pages that deletes freed back to the file system and truncates the write-ahead log,
     * so that deleting an index or files shrinks the data directory. Cheap when nothing was freed.
     * On PostgreSQL autovacuum does this.
     */
    public void reclaimSpace() {
        if (!embedded) {
            return;
        }
        jdbi.useHandle(h -> {
            try (Statement s = h.getConnection().createStatement()) {
                // executeUpdate steps the pragma to its end; execute() frees a single page per call.
                s.executeUpdate("pragma incremental_vacuum");
            } catch (SQLException e) {
                throw new IllegalStateException("incremental vacuum failed: " + e.getMessage(), e);
            }
            h.select("pragma wal_checkpoint(truncate)").mapToMap().list();
        });
    }

    /**
     * Writes a consistent copy of the embedded database to {@code target} (which must not exist) with
     * SQLite's {@code VACUUM INTO}: it reads one snapshot while writers go on (WAL), so the server keeps
     * serving, and the copy is compact and self-contained (no write-ahead log beside it).
     */
    public void backupTo(Path target) {
        if (!embedded) {
            throw new IllegalStateException("only the embedded database is backed up by Quire");
        }
        jdbi.useHandle(h -> {
            try (java.sql.PreparedStatement s = h.getConnection().prepareStatement("vacuum into ?")) {
                s.setString(1, target.toAbsolutePath().toString());
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("database backup failed: " + e.getMessage(), e);
            }
        });
    }

    /** Runs {@code work} in one transaction, which the stores' calls inside it join. */
    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return jdbi.inTransaction(h -> work.get());
    }

    @Override
    public void close() {
        readPool.ifPresent(HikariDataSource::close);
        pool.close();
    }
}
