package dev.quire.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Time as the API shows it: UTC, microsecond precision, 'Z' suffix (never +00:00). Stored as epoch
 * microseconds so that ordering is exact.
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {}

    public static long nowMicros(Clock clock) {
        return toMicros(clock.instant());
    }

    public static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    public static String format(long micros) {
        return FORMAT.format(fromMicros(micros));
    }

    /** Formats a nullable stored value; null stays null (an optional timestamp field). */
    public static String formatNullable(Long micros) {
        return micros == null ? null : format(micros);
    }
}
