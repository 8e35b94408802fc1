package dev.quire.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import dev.quire.common.ConfigurationError;
import java.sql.SQLException;

/**
 * The connection pool to a shared PostgreSQL database. The first connection is made here, so that
 * an unreachable server or a refused login stops the start with one clear line instead of failing
 * the first request.
 */
final class PostgresPool {
    /** Connections per node: the stores hold a connection only for one short transaction. */
    private static final int POOL_SIZE = 10;
    /** How long connecting (TCP) may take before the server counts as unreachable. */
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** How long a request waits for a free connection under load. */
    private static final int CHECKOUT_TIMEOUT_MS = 30_000;

    private PostgresPool() {
    }

    static HikariDataSource open(DatabaseSettings settings) {
        String url = settings.postgresUrl().orElseThrow();
        HikariConfig config = new HikariConfig();
        config.setPoolName("quire-db");
        config.setJdbcUrl(url);
        settings.user().ifPresent(config::setUsername);
        settings.password().ifPresent(config::setPassword);
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(2);
        config.setConnectionTimeout(CHECKOUT_TIMEOUT_MS);
        config.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        config.addDataSourceProperty("loginTimeout", 2 * CONNECT_TIMEOUT_SECONDS);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "quire");
        // Fail now, on the first connection, rather than on the first request.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw new ConfigurationError("cannot connect to PostgreSQL at " + settings.safeUrl()
                    + " (" + DatabaseSettings.URL + "): " + reason(e, settings), e);
        }
    }

    /** The driver's own words (refused, unknown host, authentication failed), without the password. */
    private static String reason(Throwable e, DatabaseSettings settings) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof SQLException)) {
            cause = cause.getCause();
        }
        String reason = String.valueOf(cause.getMessage());
        Throwable under = cause.getCause();
        if (under != null && under.getMessage() != null && !reason.contains(under.getMessage())) {
            reason += " (" + under.getClass().getSimpleName() + ": " + under.getMessage() + ")";
        }
        String password = settings.password().orElse("");
        return password.isEmpty() ? reason : reason.replace(password, "***");
    }
}
