package dev.quire.db;

import java.sql.SQLException;
import org.jdbi.v3.core.Jdbi;

/** The few places where SQLite and PostgreSQL need different SQL, told apart by the connection's metadata. */
public enum SqlDialect {
    SQLITE, POSTGRESQL;

    public static SqlDialect of(Jdbi jdbi) {
        return jdbi.withHandle(h -> {
            try {
                String product = h.getConnection().getMetaData().getDatabaseProductName();
                return product.toLowerCase(java.util.Locale.ROOT).contains("postgres") ? POSTGRESQL : SQLITE;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
            }
        });
    }

    /**
     * The clause that makes a claiming select skip rows another transaction is claiming. SQLite needs
     * none: its write transactions begin IMMEDIATE and so run one at a time.
     */
    public String skipLocked() {
        return this == POSTGRESQL ? " for update skip locked" : "";
    }

    /** Locks the selected rows until the transaction ends (PostgreSQL); SQLite's write transaction already holds the database. */
    public String forUpdate() {
        return this == POSTGRESQL ? " for update" : "";
    }
}
