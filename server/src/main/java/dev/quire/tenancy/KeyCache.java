package dev.quire.tenancy;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keys verified recently, by hash: authentication runs on every request, so a verified key is not read
 * from the database again. Revoking evicts at once. A lookup that read the database before a revocation
 * committed could otherwise put the revoked key back afterwards; the revocation counter catches that
 * (read it before the database, {@link #put} drops the entry if a revocation happened since).
 *
 * <p>In-process only: with several servers on one PostgreSQL database, a revocation reaches the other
 * servers' caches only when they are cleared (full, or restarted).
 */
final class KeyCache {
    private static final int MAX_KEYS = 10_000;

    private final ConcurrentHashMap<String, ApiKey> byHash = new ConcurrentHashMap<>();
    private final AtomicLong revocations = new AtomicLong();

    Optional<ApiKey> get(String hash) {
        return Optional.ofNullable(byHash.get(hash));
    }

    /** To be read before looking a key up in the database; passed back to {@link #put}. */
    long revocations() {
        return revocations.get();
    }

    void put(String hash, ApiKey key, long revocationsBeforeLookup) {
        if (byHash.size() >= MAX_KEYS) {
            byHash.clear();
        }
        byHash.put(hash, key);
        if (revocations.get() != revocationsBeforeLookup) {
            byHash.remove(hash, key);
        }
    }

    /** Call after the revocation is committed. */
    void evict(String keyId) {
        revocations.incrementAndGet();
        byHash.values().removeIf(k -> k.id().equals(keyId));
    }
}
