package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final KeyCache cache = new KeyCache(100, now::get);
    private final ApiKey key = new ApiKey("key-1", "project", "org", "ci", Role.MEMBER, "qk-abcde", 1L);

    @Test
    void a_lookup_that_raced_a_revocation_does_not_put_the_revoked_key_back() {
        long beforeLookup = cache.revocations();
        cache.evict("key-1"); // the revocation commits while the lookup still holds the old row

        cache.put("hash-1", key, beforeLookup, cache.now());

        assertThat(cache.get("hash-1")).isEmpty();
    }

    @Test
    void revoking_evicts_a_cached_key_and_leaves_the_others() {
        ApiKey other = new ApiKey("key-2", "project", "org", "other", Role.MEMBER, "qk-fghij", 1L);
        cache.put("hash-1", key, cache.revocations(), cache.now());
        cache.put("hash-2", other, cache.revocations(), cache.now());

        cache.evict("key-1");

        assertThat(cache.get("hash-1")).isEmpty();
        assertThat(cache.get("hash-2")).contains(other);
    }

    @Test
    void an_entry_expires_after_the_bound_so_a_revocation_elsewhere_is_seen() {
        cache.put("hash-1", key, cache.revocations(), now.get());
        now.addAndGet(99);
        assertThat(cache.get("hash-1")).contains(key);

        now.addAndGet(1);

        assertThat(cache.get("hash-1")).isEmpty();
    }
}
