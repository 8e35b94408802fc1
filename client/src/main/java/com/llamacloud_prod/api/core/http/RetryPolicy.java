package com.llamacloud_prod.api.core.http;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to retry and how long to wait, as in the official SDKs: retry I/O errors, 408, 409, 429
 * and 5xx unless the server's {@code x-should-retry} header says otherwise; wait what
 * {@code Retry-After-Ms} / {@code Retry-After} ask (up to a minute), else 0.5 s·2ⁿ capped at 8 s
 * minus up to 25 % jitter.
 *
 * <pre>{@code
 * RetryPolicy policy = new RetryPolicy(Clock.systemUTC(), ThreadLocalRandom.current()::nextDouble);
 * if (policy.shouldRetry(503, headers)) sleep(policy.backoff(1, Optional.of(headers)));
 * }</pre>
 *
 * <p>SDK-internal.
 */
public final class RetryPolicy {

    private static final Duration MAX_SERVER_DELAY = Duration.ofMinutes(1);

    private final Clock clock;
    private final DoubleSupplier random;

    /** @param random yields values in [0, 1), for jitter */
    public RetryPolicy(Clock clock, DoubleSupplier random) {
        this.clock = clock;
        this.random = random;
    }

    public boolean shouldRetry(int status, Headers headers) {
        String override = first(headers, "x-should-retry");
        if ("true".equalsIgnoreCase(override)) {
            return true;
        }
        if ("false".equalsIgnoreCase(override)) {
            return false;
        }
        return status == 408 || status == 409 || status == 429 || status >= 500;
    }

    /**
     * @param retry 1 for the first retry, 2 for the second, ...
     * @param headers the failed response's headers; empty after an I/O error
     */
    public Duration backoff(int retry, Optional<Headers> headers) {
        Optional<Duration> requested = headers.flatMap(this::serverDelay);
        if (requested.isPresent()) {
            return requested.get();
        }
        double seconds = Math.min(0.5 * Math.pow(2, retry - 1), 8.0);
        double jitter = 1.0 - 0.25 * random.getAsDouble();
        return Duration.ofNanos((long) (seconds * jitter * 1e9));
    }

    private Optional<Duration> serverDelay(Headers headers) {
        Optional<Duration> delay = parseMillis(first(headers, "retry-after-ms"));
        if (delay.isEmpty()) {
            delay = parseRetryAfter(first(headers, "retry-after"));
        }
        // An absurd or negative delay is ignored in favour of our own back-off.
        return delay.filter(d -> !d.isNegative() && d.compareTo(MAX_SERVER_DELAY) <= 0);
    }

    private static Optional<Duration> parseMillis(String value) {
        try {
            return value == null ? Optional.empty()
                    : Optional.of(Duration.ofNanos((long) (Double.parseDouble(value.trim()) * 1e6)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Duration> parseRetryAfter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofNanos((long) (Double.parseDouble(value.trim()) * 1e9)));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                return Optional.of(Duration.between(OffsetDateTime.now(clock), at));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private static String first(Headers headers, String name) {
        List<String> values = headers.values(name);
        return values.isEmpty() ? null : values.get(0).trim();
    }
}
