package dev.quire.testing;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.quire.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * One migrated database that several test "nodes" share: the embedded SQLite database, or a fresh
 * PostgreSQL database (PostgreSQL 15 at 127.0.0.1:5432, user postgres, trust) dropped on close.
 */
public interface SharedDatabase extends AutoCloseable {
    Jdbi jdbi();

    @Override
    void close();

    static SharedDatabase sqlite(Path dataDir) {
        Database database = Database.open(dataDir);
        return new SharedDatabase() {
            @Override
            public Jdbi jdbi() {
                return database.jdbi();
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }

    /** A new database on the local PostgreSQL, migrated like the embedded one. */
    static SharedDatabase postgres() {
        String server = "jdbc:postgresql://127.0.0.1:5432/";
        String name = "quire_test_" + UUID.randomUUID().toString().replace("-", "");
        admin(server, "create database " + name);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server + name);
        config.setUsername("postgres");
        config.setMaximumPoolSize(16);
        config.setPoolName("quire-test-pg");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            admin(server, "drop database if exists " + name + " with (force)");
            throw e;
        }
        Jdbi jdbi = Jdbi.create(pool);
        return new SharedDatabase() {
            @Override
            public Jdbi jdbi() {
                return jdbi;
            }

            @Override
            public void close() {
                pool.close();
                admin(server, "drop database if exists " + name + " with (force)");
            }
        };
    }

    private static void admin(String server, String sql) {
        try (Connection c = DriverManager.getConnection(server + "test", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 (user postgres): " + e.getMessage(), e);
        }
    }
}
