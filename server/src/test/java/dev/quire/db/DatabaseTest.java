package dev.quire.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void every_connection_commits_durably_through_a_write_ahead_log() {
        try (Database db = Database.open(dataDir)) {
            // Several handles at once: each comes from the pool with the same settings.
            db.jdbi().useHandle(a -> db.jdbi().useHandle(b -> {
                for (var h : java.util.List.of(a, b)) {
                    assertThat(h.select("pragma journal_mode").mapTo(String.class).one()).isEqualTo("wal");
                    assertThat(h.select("pragma synchronous").mapTo(Integer.class).one()).isEqualTo(2); // FULL
                    assertThat(h.select("pragma foreign_keys").mapTo(Integer.class).one()).isEqualTo(1);
                    // Checkpoints run in the background (checkpoint()), never inside a commit.
                    assertThat(h.select("pragma wal_autocheckpoint").mapTo(Integer.class).one()).isZero();
                }
            }));
            int autoVacuum = db.jdbi().withHandle(h -> h.select("pragma auto_vacuum").mapTo(Integer.class).one());
            assertThat(autoVacuum).isEqualTo(2); // incremental
        }
    }

    @Test
    void commits_leave_pages_in_the_log_until_a_checkpoint_copies_them() throws Exception {
        Path file = dataDir.resolve("db/quire.sqlite");
        try (Database db = Database.open(dataDir)) {
            long before = Files.size(file);
            String big = "x".repeat(100_000);
            db.jdbi().useHandle(h -> {
                for (int i = 0; i < 20; i++) {
                    h.execute("insert into server_secrets(name, secret, created_at) values (?, ?, 1)", "s" + i, big);
                }
            });
            assertThat(Files.size(file)).isEqualTo(before); // committed, in the log only
            db.checkpoint();
            assertThat(Files.size(file)).isGreaterThan(before + 1_000_000);
        }
    }

    @Test
    void deleted_rows_give_their_space_back_to_the_file_system() throws Exception {
        Path file = dataDir.resolve("db/quire.sqlite");
        try (Database db = Database.open(dataDir)) {
            String big = "x".repeat(1 << 20);
            db.jdbi().useHandle(h -> {
                h.execute("insert into server_secrets(name, secret, created_at) values ('s', 'v', 1)");
                for (int i = 0; i < 20; i++) {
                    h.execute("insert into organizations(id, name, created_at) values (?, ?, 1)", "o" + i, "o");
                    h.execute("insert into projects(id, organization_id, name, is_default, created_at, updated_at) "
                            + "values (?, ?, 'p', false, 1, 1)", "p" + i, "o" + i);
                    h.execute("insert into chat_sessions(id, project_id, index_ids, shared_access, locked, created_at,"
                            + " last_updated_at, job_metadata) values (?, ?, '[]', 'private', false, 1, 1, ?)",
                            "s" + i, "p" + i, big);
                }
            });
            db.reclaimSpace();
            long full = Files.size(file);
            assertThat(full).isGreaterThan(20L << 20);
            db.jdbi().useHandle(h -> h.execute("delete from chat_sessions"));
            db.reclaimSpace();
            assertThat(Files.size(file)).isLessThan(full / 10);
            assertThat(Files.size(dataDir.resolve("db/quire.sqlite-wal"))).isZero();
        }
    }

    @Test
    void a_database_migrated_when_every_migration_sat_in_one_folder_still_validates() throws Exception {
        // The layout before the vendor folders: every migration side by side in db/migration.
        Path old = dataDir.resolve("old-migrations");
        Files.createDirectories(old);
        int migrations = 0;
        for (String location : List.of("db/migration", "db/vendor/sqlite")) {
            Path folder = Path.of(getClass().getClassLoader().getResource(location).toURI());
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.copy(f, old.resolve(f.getFileName()));
                    migrations++;
                }
            }
        }
        Files.createDirectories(dataDir.resolve("db"));
        Flyway.configure().dataSource("jdbc:sqlite:" + dataDir.resolve("db/quire.sqlite"), null, null)
                .locations("filesystem:" + old).load().migrate();

        try (Database db = Database.open(dataDir)) {
            List<String> checksums = db.jdbi().withHandle(h -> h.createQuery(
                    "select version || ':' || checksum from flyway_schema_history order by installed_rank")
                    .mapTo(String.class).list());
            assertThat(checksums).hasSize(migrations); // validated, nothing run again
        }
        var result = Flyway.configure().dataSource("jdbc:sqlite:" + dataDir.resolve("db/quire.sqlite"), null, null)
                .locations("classpath:db/migration", "classpath:db/vendor/sqlite").load().validateWithResult();
        assertThat(result.validationSuccessful).as(String.valueOf(result.invalidMigrations)).isTrue();
    }

    @Test
    void the_data_of_an_h2_deployment_is_imported_once() throws Exception {
        Path h2 = dataDir.resolve("db/quire");
        Files.createDirectories(h2.getParent());
        String url = "jdbc:h2:file:" + h2.toAbsolutePath();
        // The schema as the H2 versions left it: the same migrations, up to V4.
        Flyway.configure().dataSource(url, "quire", "").locations("classpath:db/migration", "classpath:db/vendor/sqlite").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "quire", "")) {
            c.createStatement().execute("insert into organizations(id, name, created_at) values ('o', 'org', 1)");
            c.createStatement().execute("insert into projects(id, organization_id, name, is_default, created_at, "
                    + "updated_at) values ('p', 'o', 'proj', true, 1, 2)");
            c.createStatement().execute("insert into directories(id, project_id, name, description, type, "
                    + "created_at, updated_at) values ('d', 'p', 'docs', 'long text', 'user', 3, 4)");
        }

        try (Database db = Database.open(dataDir)) {
            String directory = db.jdbi().withHandle(h -> h.select("select name || '/' || description || '/' "
                    + "|| updated_at from directories").mapTo(String.class).one());
            assertThat(directory).isEqualTo("docs/long text/4");
            boolean isDefault = db.jdbi().withHandle(h -> h.select("select is_default from projects")
                    .mapTo(Boolean.class).one());
            assertThat(isDefault).isTrue();
        }
        assertThat(dataDir.resolve("db/quire.mv.db")).doesNotExist();
        assertThat(dataDir.resolve("db/quire.mv.db.imported")).exists();
        try (Database again = Database.open(dataDir)) {
            int count = again.jdbi().withHandle(h -> h.select("select count(*) from directories")
                    .mapTo(Integer.class).one());
            assertThat(count).isEqualTo(1);
        }
    }
}
