package dev.quire.admission;

import dev.quire.errors.ApiException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Bounds how much CPU-heavy work runs at once and decides, fairly, who goes next.
 *
 * <pre>{@code
 * Admission admission = new Admission(new Admission.Settings(2, 256, Duration.ofSeconds(10)));
 * List<Hit> hits = admission.call(Lane.RETRIEVE, () -> embedAndSearch(query)); // or 503 when overloaded
 * }</pre>
 *
 * <p>Why: on a small machine, 70 concurrent requests each embedding a query and searching Lucene
 * all run at once, share the cores, and each takes as long as all of them; the OS gives no request
 * precedence. With a bound of about one per core, work runs at full speed and the rest waits in a
 * queue that this class orders.
 *
 * <p>Order: a permit that frees goes straight to a waiter (no barging), to the lane with the least
 * used time per weight among lanes with waiters (start-time fair queuing: a lane that waited is not
 * charged for its idle time, but cannot bank credit either), and within a lane to the oldest waiter.
 * Used time, not count, because an ingest chunk costs ten times a query.
 */
public final class Admission {
    /**
     * @param permits   work items running at once
     * @param maxQueued interactive requests a lane may hold waiting; more are refused at once
     * @param maxWait   how long an interactive request may wait before it is refused
     */
    public record Settings(int permits, int maxQueued, Duration maxWait) {
        public Settings {
            if (permits < 1) {
                throw new IllegalArgumentException("permits must be positive: " + permits);
            }
            if (maxQueued < 0) {
                throw new IllegalArgumentException("maxQueued must not be negative: " + maxQueued);
            }
            if (maxWait.isNegative()) {
                throw new IllegalArgumentException("maxWait must not be negative: " + maxWait);
            }
        }
    }

    private static final class Ticket {
        final Condition admitted;
        boolean granted;

        Ticket(Condition admitted) {
            this.admitted = admitted;
        }
    }

    private final Settings settings;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Lane, ArrayDeque<Ticket>> queues = new EnumMap<>(Lane.class);
    /** Nanoseconds of work per unit of weight each lane has used (its virtual time). */
    private final Map<Lane, Double> used = new EnumMap<>(Lane.class);
    /** The virtual time of the last lane admitted: where a lane that starts waiting again begins. */
    private double now;
    private int free;

    public Admission(Settings settings) {
        this(settings, System::nanoTime);
    }

    /** {@code nanoClock} measures how long work ran; tests pass their own. */
    Admission(Settings settings, LongSupplier nanoClock) {
        this.settings = settings;
        this.nanoClock = nanoClock;
        this.free = settings.permits();
        for (Lane lane : Lane.values()) {
            queues.put(lane, new ArrayDeque<>());
            used.put(lane, 0.0);
        }
    }

    public Settings settings() {
        return settings;
    }

    /**
     * Runs {@code work} once a permit is free, in this thread.
     *
     * @throws ApiException.TooBusy for interactive lanes whose queue is full or that waited longer than allowed
     */
    public <T> T call(Lane lane, Supplier<T> work) {
        acquire(lane);
        long started = nanoClock.getAsLong();
        try {
            return work.get();
        } finally {
            release(lane, nanoClock.getAsLong() - started);
        }
    }

    /** Requests of the lane waiting for a permit now. */
    public int waiting(Lane lane) {
        lock.lock();
        try {
            return queues.get(lane).size();
        } finally {
            lock.unlock();
        }
    }

    private void acquire(Lane lane) {
        lock.lock();
        try {
            if (free > 0) {
                // Permits are handed to waiters directly, so a free permit means nobody waits.
                free--;
                return;
            }
            ArrayDeque<Ticket> queue = queues.get(lane);
            if (lane.interactive() && queue.size() >= settings.maxQueued()) {
                throw new ApiException.TooBusy("Server is busy: " + queue.size() + " " + lane.name().toLowerCase(java.util.Locale.ROOT)
                        + " requests are already waiting for search capacity; retry shortly");
            }
            if (queue.isEmpty()) {
                used.put(lane, Math.max(used.get(lane), now));
            }
            Ticket ticket = new Ticket(lock.newCondition());
            queue.addLast(ticket);
            await(lane, ticket);
        } finally {
            lock.unlock();
        }
    }

    private void await(Lane lane, Ticket ticket) {
        long left = lane.interactive() ? settings.maxWait().toNanos() : Long.MAX_VALUE;
        try {
            while (!ticket.granted) {
                if (left <= 0) {
                    queues.get(lane).remove(ticket);
                    throw new ApiException.TooBusy("Server is busy: waited " + settings.maxWait().toMillis()
                            + " ms for search capacity; retry shortly");
                }
                left = ticket.admitted.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            if (ticket.granted) {
                handOver();
            } else {
                queues.get(lane).remove(ticket);
            }
            Thread.currentThread().interrupt();
            throw new ApiException.Unavailable("Interrupted while waiting for search capacity");
        }
    }

    private void release(Lane lane, long ranNanos) {
        lock.lock();
        try {
            used.put(lane, used.get(lane) + (double) Math.max(0, ranNanos) / lane.weight());
            handOver();
        } finally {
            lock.unlock();
        }
    }

    /** Gives a permit to the next waiter, or returns it to the pool; called holding the lock. */
    private void handOver() {
        Lane next = null;
        for (Lane lane : Lane.values()) {
            if (!queues.get(lane).isEmpty() && (next == null || used.get(lane) < used.get(next))) {
                next = lane;
            }
        }
        if (next == null) {
            free++;
            return;
        }
        now = used.get(next);
        Ticket ticket = queues.get(next).pollFirst();
        ticket.granted = true;
        ticket.admitted.signal();
    }
}
