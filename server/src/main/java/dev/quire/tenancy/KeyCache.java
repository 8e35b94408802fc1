package dev.quire.tenancy;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Keys verified recently, by hash: authentication runs on every request, so a verified key is not read
 * from the database again for a while. Revoking evicts at once. A lookup that read the database before
 * a revocation committed could otherwise put the revoked key back afterwards; the revocation counter
 * catches that (read it before the database, {@link #put} drops the entry if a revocation happened since).
 *
 * <p>Bounded-stale across nodes: with several servers on one database, a revocation made on another
 * server does not reach this cache, so every entry expires {@code ttlNanos} after it was read from the
 * database ({@link #DEFAULT_TTL_NANOS}: a key revoked anywhere stops working everywhere within 5 s).
 */
final class KeyCache {
    /** How long a verified key is trusted without reading the database: the cross-node revocation bound. */
    static final long DEFAULT_TTL_NANOS = 5_000_000_000L;
    private static final int MAX_KEYS = 10_000;

    private final ConcurrentHashMap<String, Entry> byHash = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();
    private final long ttlNanos;
    private final LongSupplier nanoClock;

    private record Entry(ApiKey key, long readAtNanos) {}

    KeyCache() {
        this(DEFAULT_TTL_NANOS, System::nanoTime);
    }

    KeyCache(long ttlNanos, LongSupplier nanoClock) {
        this.ttlNanos = ttlNanos;
        this.nanoClock = nanoClock;
    }

    Optional<ApiKey> get(String hash) {
        Entry entry = byHash.get(hash);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoClock.getAsLong() - entry.readAtNanos() >= ttlNanos) {
            byHash.remove(hash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.key());
    }

    /** To be read before looking a key up in the database; passed back to {@link #put}. */
    long revocations() {
        return revocations.get();
    }

    /** {@code readAtNanos}: from the same clock, taken before the database lookup (the entry's age starts there). */
    void put(String hash, ApiKey key, long revocationsBeforeLookup, long readAtNanos) {
        if (byHash.size() >= MAX_KEYS) {
            byHash.clear();
        }
        Entry entry = new Entry(key, readAtNanos);
        byHash.put(hash, entry);
        if (revocations.get() != revocationsBeforeLookup) {
            byHash.remove(hash, entry);
        }
    }

    /** The cache's clock, to stamp a lookup before it reads the database. */
    long now() {
        return nanoClock.getAsLong();
    }

    /** Call after the revocation is committed. */
    void evict(String keyId) {
        revocations.incrementAndGet();
        byHash.values().removeIf(e -> e.key().id().equals(keyId));
    }
}
