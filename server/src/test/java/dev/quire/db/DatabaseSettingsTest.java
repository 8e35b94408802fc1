package dev.quire.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.ConfigurationError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {
    @Test
    void no_url_means_the_embedded_database() {
        assertThat(DatabaseSettings.fromEnvironment(Map.of()).embedded()).isTrue();
        assertThat(DatabaseSettings.fromEnvironment(Map.of("QUIRE_DATABASE_URL", "  ")).embedded()).isTrue();
    }

    @Test
    void a_postgresql_url_with_user_and_password_is_read() {
        DatabaseSettings s = DatabaseSettings.fromEnvironment(Map.of("QUIRE_DATABASE_URL",
                "jdbc:postgresql://db:5432/quire", "QUIRE_DATABASE_USER", "quire", "QUIRE_DATABASE_PASSWORD", "s3cret"));
        assertThat(s.embedded()).isFalse();
        assertThat(s.postgresUrl()).contains("jdbc:postgresql://db:5432/quire");
        assertThat(s.user()).contains("quire");
        assertThat(s.password()).contains("s3cret");
    }

    @Test
    void any_other_url_is_refused_naming_the_variable() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("QUIRE_DATABASE_URL",
                "jdbc:mysql://db/quire")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("QUIRE_DATABASE_URL")
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageContaining("jdbc:mysql://db/quire");
    }

    @Test
    void a_user_without_a_url_is_refused() {
        assertThatThrownBy(() -> DatabaseSettings.fromEnvironment(Map.of("QUIRE_DATABASE_USER", "quire")))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("QUIRE_DATABASE_USER is set but QUIRE_DATABASE_URL is not");
    }

    @Test
    void the_password_never_shows_in_text() {
        DatabaseSettings s = DatabaseSettings.postgres("jdbc:postgresql://db/quire?user=q&password=inurl", "q", "s3cret");
        assertThat(s.toString()).doesNotContain("s3cret").doesNotContain("inurl").contains("db/quire");
        assertThat(s.safeUrl()).isEqualTo("jdbc:postgresql://db/quire?user=q&password=***");
        assertThatThrownBy(() -> DatabaseSettings.postgres("postgres://u:hidden@db/quire", null, null))
                .hasMessageNotContaining("hidden");
    }
}
