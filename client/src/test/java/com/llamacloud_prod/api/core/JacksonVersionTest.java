package com.llamacloud_prod.api.core;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.Version;
import org.junit.jupiter.api.Test;

class JacksonVersionTest {

    @Test
    void the_jackson_on_the_class_path_passes() {
        assertThatCode(JacksonVersion::check).doesNotThrowAnyException();
    }

    @Test
    void versions_before_2_13_4_are_refused_naming_the_module() {
        assertThatThrownBy(() -> JacksonVersion.check("jackson-databind", new Version(2, 13, 3, null, "g", "a")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("jackson-databind 2.13.3 is not compatible");
        assertThatCode(() -> JacksonVersion.check("jackson-core", new Version(2, 13, 4, null, "g", "a")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> JacksonVersion.check("jackson-core", new Version(3, 0, 0, null, "g", "a")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void log_level_names_are_case_insensitive_and_default_to_off() {
        org.assertj.core.api.Assertions.assertThat(LogLevel.parse("DEBUG")).isEqualTo(LogLevel.DEBUG);
        org.assertj.core.api.Assertions.assertThat(LogLevel.parse(" info ")).isEqualTo(LogLevel.INFO);
        org.assertj.core.api.Assertions.assertThat(LogLevel.parse("verbose")).isEqualTo(LogLevel.OFF);
        org.assertj.core.api.Assertions.assertThat(LogLevel.parse(null)).isEqualTo(LogLevel.OFF);
    }
}
