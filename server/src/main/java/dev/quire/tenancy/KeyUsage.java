package dev.quire.tenancy;

import dev.quire.common.Timestamps;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records when each key was last used, at most once a minute per key: a database write on every request
 * would turn every read into a write. Listed {@code last_used_at} values may thus be a minute old.
 */
final class KeyUsage {
    private static final Logger LOG = LoggerFactory.getLogger(KeyUsage.class);
    static final long INTERVAL_MICROS = TimeUnit.MINUTES.toMicros(1);
    private static final int MAX_KEYS = 10_000;

    private final KeyStore keys;
    private final Clock clock;
    /** Key id to the last time recorded by this process. */
    private final ConcurrentHashMap<String, Long> recorded = new ConcurrentHashMap<>();

    KeyUsage(KeyStore keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    void used(ApiKey key) {
        long now = Timestamps.nowMicros(clock);
        Long last = recorded.get(key.id());
        if (last != null && now - last < INTERVAL_MICROS) {
            return;
        }
        // Of concurrent requests with the same key, only the one that wins the map update writes.
        boolean mine = last == null ? recorded.putIfAbsent(key.id(), now) == null
                : recorded.replace(key.id(), last, now);
        if (!mine) {
            return;
        }
        if (recorded.size() > MAX_KEYS) {
            recorded.clear();
        }
        try {
            keys.recordUse(key.id(), now);
        } catch (RuntimeException e) {
            // Bookkeeping only: a busy database must not turn an authenticated request into an error.
            LOG.warn("could not record the use of API key {}", key.id(), e);
        }
    }
}
