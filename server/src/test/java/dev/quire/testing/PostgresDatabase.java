package dev.quire.testing;

import dev.quire.db.Database;
import dev.quire.db.DatabaseSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A new, uniquely named database on the PostgreSQL server of the test machine (127.0.0.1:5432, user
 * postgres, no password), dropped on close.
 *
 * <p>The database's default collation is ICU {@code en-US}, which sorts {@code "_x", "a", "B"} where
 * SQLite sorts {@code "B", "_x", "a"}: the schema, not the server's defaults, must make the order
 * the same on both.
 *
 * <pre>{@code
 * try (PostgresDatabase pg = PostgresDatabase.create()) {
 *     Database db = pg.database(); // migrated
 * }
 * }</pre>
 */
public final class PostgresDatabase implements TestDatabase {
    /** Where the test machine's server is; the {@code test} database exists to connect to. */
    public static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private final String name;
    private final Database database;

    private PostgresDatabase(String name) {
        this.name = name;
        Database opened;
        try {
            opened = Database.open(settings(), Path.of("unused-by-postgresql"));
        } catch (RuntimeException e) {
            drop(name);
            throw e;
        }
        this.database = opened;
    }

    public static PostgresDatabase create() {
        String name = "quire_test_" + UUID.randomUUID().toString().replace("-", "");
        admin("create database " + name + " template template0 encoding 'UTF8' "
                + "locale_provider icu icu_locale 'en-US'");
        return new PostgresDatabase(name);
    }

    public String url() {
        return SERVER + name;
    }

    /** What a server would be configured with to use this database. */
    public DatabaseSettings settings() {
        return DatabaseSettings.postgres(url(), USER, null);
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        drop(name);
    }

    private static void drop(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "test", USER, "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " refused: " + sql + ": " + e.getMessage(), e);
        }
    }
}
