package dev.quire.testing;

import dev.quire.db.Database;
import java.nio.file.Path;
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

    /** A new database on the local PostgreSQL, migrated like the embedded one, dropped on close. */
    static SharedDatabase postgres() {
        PostgresDatabase database = PostgresDatabase.create();
        return new SharedDatabase() {
            @Override
            public Jdbi jdbi() {
                return database.database().jdbi();
            }

            @Override
            public void close() {
                database.close();
            }
        };
    }
}
