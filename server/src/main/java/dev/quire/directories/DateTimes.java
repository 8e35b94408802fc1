package dev.quire.directories;

import dev.quire.common.Timestamps;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** ISO 8601 date-times from requests; a value without an offset is UTC (contract §1.4). */
final class DateTimes {
    private DateTimes() {}

    /** Epoch microseconds, or empty when the text is not an ISO 8601 date or date-time. */
    static Optional<Long> parseMicros(String text) {
        try {
            return Optional.of(Timestamps.toMicros(OffsetDateTime.parse(text).toInstant()));
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return Optional.of(Timestamps.toMicros(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return Optional.of(Timestamps.toMicros(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
