package dev.quire.chat.model;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: attempt n waits between half and all of {@code initial * 2^n}
 * (capped at {@code max}), so that clients which failed together do not retry together; a longer
 * Retry-After from the provider wins.
 */
record Backoff(Duration initial, Duration max) {
    static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

    Duration delay(int attempt, Optional<Duration> retryAfter) {
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt, 20));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling - ceiling / 2 + 1);
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter.filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff);
    }
}
