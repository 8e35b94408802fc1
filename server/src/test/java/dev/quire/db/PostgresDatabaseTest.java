package dev.quire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.ConfigurationError;
import dev.quire.testing.PostgresDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening PostgreSQL: the same migrations, a shared (not embedded) database, clear refusals. */
class PostgresDatabaseTest {
    @TempDir
    Path dataDir;

    @Test
    void migrates_a_new_database_to_the_same_versions_as_the_embedded_one() {
        List<String> sqlite;
        try (Database embedded = Database.open(dataDir)) {
            assertThat(embedded.embedded()).isTrue();
            sqlite = versions(embedded);
        }
        try (PostgresDatabase pg = PostgresDatabase.create()) {
            Database db = pg.database();
            assertThat(db.embedded()).isFalse();
            assertThat(versions(db)).isEqualTo(sqlite).contains("7");
            // Nothing to do on PostgreSQL, and nothing fails.
            db.checkpoint();
            db.reclaimSpace();
        }
        assertThat(dataDir.resolve("db")).exists();
    }

    @Test
    void text_sorts_by_code_point_whatever_the_database_collation() {
        try (PostgresDatabase pg = PostgresDatabase.create()) {
            pg.database().jdbi().useHandle(h -> {
                for (String name : List.of("a", "B", "_x", "Z", "é")) {
                    h.execute("insert into organizations(id, name, created_at) values (?, ?, 1)", name, name);
                }
            });
            List<String> names = pg.database().jdbi().withHandle(h -> h.createQuery(
                    "select name from organizations order by name").mapTo(String.class).list());
            assertThat(names).containsExactly("B", "Z", "_x", "a", "é");
        }
    }

    @Test
    void an_unreachable_server_is_a_configuration_error_naming_the_url() {
        DatabaseSettings settings = DatabaseSettings.postgres("jdbc:postgresql://127.0.0.1:1/quire", "quire", "s3cret");
        long start = System.nanoTime();
        assertThatThrownBy(() -> Database.open(settings, dataDir))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:1/quire")
                .hasMessageContaining("refused")
                .hasMessageNotContaining("s3cret");
        assertThat(System.nanoTime() - start).isLessThan(15_000_000_000L);
    }

    @Test
    void a_refused_login_is_a_configuration_error_without_the_password() {
        DatabaseSettings settings = DatabaseSettings.postgres(
                PostgresDatabase.SERVER + "test?password=inurl", "no_such_role", "s3cret");
        assertThatThrownBy(() -> Database.open(settings, dataDir))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("cannot connect to PostgreSQL at " + PostgresDatabase.SERVER + "test")
                .hasMessageContaining("no_such_role")
                .hasMessageNotContaining("s3cret")
                .hasMessageNotContaining("inurl");
    }

    @Test
    void a_missing_database_is_a_configuration_error() {
        DatabaseSettings settings = DatabaseSettings.postgres(PostgresDatabase.SERVER + "quire_no_such_db",
                "postgres", null);
        assertThatThrownBy(() -> Database.open(settings, dataDir))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("quire_no_such_db")
                .hasMessageContaining("does not exist");
    }

    private static List<String> versions(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("select version from flyway_schema_history "
                + "where success order by installed_rank").mapTo(String.class).list());
    }
}
