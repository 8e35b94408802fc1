package dev.quire.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class SafeErrorsTest {
    @Test
    void a_database_error_is_logged_without_its_bound_values() {
        SQLException sql = new SQLException("Value too long for column NAME: 'secret user text' (300)", "22001", 22001);
        RuntimeException wrapped = new IllegalStateException("insert failed with name='secret user text'", sql);

        Throwable safe = SafeErrors.loggable(wrapped);

        assertThat(safe.getMessage()).doesNotContain("secret").contains("22001", "IllegalStateException");
        assertThat(safe.getCause()).isNull();
        assertThat(safe.getStackTrace()).isEqualTo(wrapped.getStackTrace());
    }

    @Test
    void other_errors_are_logged_as_they_are() {
        RuntimeException e = new IllegalArgumentException("bad");
        assertThat(SafeErrors.loggable(e)).isSameAs(e);
    }
}
