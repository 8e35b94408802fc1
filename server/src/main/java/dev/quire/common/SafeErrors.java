package dev.quire.common;

import java.sql.SQLException;
import org.jdbi.v3.core.JdbiException;

/**
 * Exceptions made fit for the log. Database errors carry the statement's bound values in their
 * messages (H2 quotes the value that was too long; Jdbi appends the arguments), and those values are
 * user content: such an error is logged as its type, SQL state and stack only.
 *
 * <pre>{@code
 * LOG.error("turn failed", SafeErrors.loggable(e));
 * }</pre>
 */
public final class SafeErrors {
    private SafeErrors() {}

    public static Throwable loggable(Throwable e) {
        SQLException sql = null;
        boolean database = false;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && sql == null) {
                sql = s;
            }
            database |= t instanceof SQLException || t instanceof JdbiException;
        }
        if (!database) {
            return e;
        }
        String state = sql == null ? "" : " (SQLState " + sql.getSQLState() + ", vendor code " + sql.getErrorCode() + ")";
        RuntimeException safe = new RuntimeException("database error " + e.getClass().getName() + state
                + "; message withheld: it may contain bound values");
        safe.setStackTrace(e.getStackTrace());
        return safe;
    }
}
