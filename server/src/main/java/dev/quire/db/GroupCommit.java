package dev.quire.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Group commit for one hot INSERT: callers block until their row is committed, but rows that arrive
 * together are written as one JDBC batch in one transaction, on a connection and a prepared statement
 * kept for the purpose. Under concurrent load this replaces a connection checkout, a statement parse
 * and a commit per row with at most one commit per batch (together the bulk of what creating a chat
 * session cost); alone, a row is written at once by its own thread, so latency does not grow.
 *
 * <p>There is no writer thread: the caller that finds nobody writing becomes the writer, writes
 * every queued row (its own and those of callers waiting behind it) and, after letting go, looks
 * again, so a row queued while it wrote is never left behind. A batch that fails is retried row by
 * row, so one bad row fails only its own caller.
 *
 * <pre>{@code
 * GroupCommit<Session> inserts = new GroupCommit<>(jdbi, "insert into t(id) values (?)",
 *         (statement, s) -> statement.setString(1, s.id()));
 * inserts.write(session);   // returns once committed; throws what the insert threw
 * }</pre>
 */
public final class GroupCommit<T> implements AutoCloseable {
    private static final int MAX_BATCH = 128;

    /** Sets one row's parameters on the prepared statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private final Jdbi jdbi;
    private final String sql;
    private final Binder<T> binder;
    private final Queue<Pending<T>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean closed;
    // Guarded by writing.
    private Handle handle;
    private PreparedStatement statement;

    private record Pending<T>(T row, CompletableFuture<Void> done) {}

    public GroupCommit(Jdbi jdbi, String sql, Binder<T> binder) {
        this.jdbi = jdbi;
        this.sql = sql;
        this.binder = binder;
    }

    /** Inserts the row; returns once it is committed. */
    public void write(T row) {
        Pending<T> pending = new Pending<>(row, new CompletableFuture<>());
        queue.add(pending);
        writeQueued();
        try {
            pending.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a database write", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Writes batches while rows are queued and nobody else is writing them. */
    private void writeQueued() {
        while (!queue.isEmpty() && writing.tryLock()) {
            try {
                for (List<Pending<T>> batch = nextBatch(); !batch.isEmpty(); batch = nextBatch()) {
                    if (closed) {
                        IllegalStateException refused = new IllegalStateException("the database writer is closed");
                        batch.forEach(p -> p.done().completeExceptionally(refused));
                    } else {
                        writeAll(batch);
                    }
                }
            } finally {
                writing.unlock();
            }
        }
    }

    private List<Pending<T>> nextBatch() {
        List<Pending<T>> batch = new ArrayList<>();
        Pending<T> next;
        while (batch.size() < MAX_BATCH && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void writeAll(List<Pending<T>> batch) {
        try {
            PreparedStatement insert = statement();
            // Autocommit is off only while a batch is written: SQLite opens the next (immediate)
            // transaction right after a commit, which would hold the write lock between batches.
            handle.getConnection().setAutoCommit(false);
            for (Pending<T> p : batch) {
                binder.bind(insert, p.row());
                insert.addBatch();
            }
            insert.executeBatch();
            handle.getConnection().commit();
            handle.getConnection().setAutoCommit(true);
            batch.forEach(p -> p.done().complete(null));
        } catch (SQLException | RuntimeException failure) {
            rollbackOrDisconnect();
            if (batch.size() == 1) {
                batch.get(0).done().completeExceptionally(failure instanceof SQLException sql
                        ? new DatabaseException(sql) : failure);
                return;
            }
            // Find the culprit(s): every other row still gets written.
            for (Pending<T> p : batch) {
                writeAll(List.of(p));
            }
        }
    }

    private PreparedStatement statement() throws SQLException {
        if (statement == null) {
            handle = jdbi.open();
            statement = handle.getConnection().prepareStatement(sql);
        }
        return statement;
    }

    private void rollbackOrDisconnect() {
        try {
            if (statement != null) {
                statement.clearBatch();
                handle.getConnection().rollback();
                handle.getConnection().setAutoCommit(true);
            }
        } catch (SQLException | RuntimeException e) {
            disconnect(); // a broken connection: the next batch opens a new one
        }
    }

    private void disconnect() {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException ignored) {
            // closing anyway
        }
        if (handle != null) {
            try {
                handle.getConnection().setAutoCommit(true);
            } catch (SQLException ignored) {
                // the pool resets or drops it
            }
            handle.close();
        }
        statement = null;
        handle = null;
    }

    /** A failed insert, with the driver's message (constraint violations name the constraint). */
    public static final class DatabaseException extends RuntimeException {
        DatabaseException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }

    /** Refuses further rows (rows already written stay written) and gives back the connection. */
    @Override
    public void close() {
        closed = true;
        writing.lock();
        try {
            disconnect();
        } finally {
            writing.unlock();
        }
        writeQueued(); // fails anything queued in the meantime
    }
}
