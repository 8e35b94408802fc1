package com.llamacloud_prod.api.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-22T12:00:00Z"), ZoneOffset.UTC);
    private static final Headers NONE = Headers.builder().build();

    private static Headers headers(String name, String value) {
        return Headers.builder().put(name, value).build();
    }

    @Test
    void retries_timeouts_conflicts_rate_limits_and_server_errors_only() {
        RetryPolicy policy = new RetryPolicy(CLOCK, () -> 0);

        assertThat(policy.shouldRetry(408, NONE)).isTrue();
        assertThat(policy.shouldRetry(409, NONE)).isTrue();
        assertThat(policy.shouldRetry(429, NONE)).isTrue();
        assertThat(policy.shouldRetry(500, NONE)).isTrue();
        assertThat(policy.shouldRetry(400, NONE)).isFalse();
        assertThat(policy.shouldRetry(404, NONE)).isFalse();
        assertThat(policy.shouldRetry(413, NONE)).isFalse();
    }

    @Test
    void the_x_should_retry_header_overrides_the_status() {
        RetryPolicy policy = new RetryPolicy(CLOCK, () -> 0);

        assertThat(policy.shouldRetry(503, headers("X-Should-Retry", "false"))).isFalse();
        assertThat(policy.shouldRetry(400, headers("x-should-retry", "true"))).isTrue();
    }

    @Test
    void backs_off_exponentially_up_to_eight_seconds_with_at_most_25_percent_jitter() {
        RetryPolicy noJitter = new RetryPolicy(CLOCK, () -> 0);
        RetryPolicy fullJitter = new RetryPolicy(CLOCK, () -> 0.999999);

        assertThat(noJitter.backoff(1, Optional.empty())).isEqualTo(Duration.ofMillis(500));
        assertThat(noJitter.backoff(2, Optional.empty())).isEqualTo(Duration.ofSeconds(1));
        assertThat(noJitter.backoff(5, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(noJitter.backoff(9, Optional.empty())).isEqualTo(Duration.ofSeconds(8));
        assertThat(fullJitter.backoff(1, Optional.empty())).isBetween(Duration.ofMillis(375), Duration.ofMillis(376));
    }

    @Test
    void honours_retry_after_ms_then_retry_after_in_seconds_or_as_a_date() {
        RetryPolicy policy = new RetryPolicy(CLOCK, () -> 0);

        assertThat(policy.backoff(1, Optional.of(headers("Retry-After-Ms", "250")))).isEqualTo(Duration.ofMillis(250));
        assertThat(policy.backoff(1, Optional.of(headers("Retry-After", "3")))).isEqualTo(Duration.ofSeconds(3));
        assertThat(policy.backoff(1, Optional.of(headers("Retry-After", "Wed, 22 Apr 2026 12:00:10 GMT"))))
                .isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void ignores_unparseable_negative_or_absurd_server_delays() {
        RetryPolicy policy = new RetryPolicy(CLOCK, () -> 0);

        assertThat(policy.backoff(1, Optional.of(headers("Retry-After", "soon")))).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(1, Optional.of(headers("Retry-After", "-5")))).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(1, Optional.of(headers("Retry-After", "86400")))).isEqualTo(Duration.ofMillis(500));
    }
}
