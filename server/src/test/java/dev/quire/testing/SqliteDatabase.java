package dev.quire.testing;

import dev.quire.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The embedded database in a temporary data directory, deleted on close. */
public final class SqliteDatabase implements TestDatabase {
    private final Path dataDir;
    private final Database database;

    private SqliteDatabase(Path dataDir) {
        this.dataDir = dataDir;
        this.database = Database.open(dataDir);
    }

    public static SqliteDatabase create() {
        try {
            return new SqliteDatabase(Files.createTempDirectory("quire-sqlite-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Database database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
