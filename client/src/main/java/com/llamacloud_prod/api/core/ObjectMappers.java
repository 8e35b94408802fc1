package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * The SDK's JSON configuration: unknown keys ignored, ISO timestamps, no float-to-int coercion.
 *
 * <pre>{@code
 * JsonMapper mapper = ObjectMappers.jsonMapper();
 * OffsetDateTime t = ObjectMappers.parseDateTime("2026-04-22T12:34:41.342245"); // UTC assumed
 * }</pre>
 */
public final class ObjectMappers {

    private static final JsonMapper JSON_MAPPER =
            JsonMapper.builder()
                    .addModule(new Jdk8Module())
                    .addModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                    .build();

    private ObjectMappers() {}

    /** The shared mapper; Jackson mappers are thread-safe once configured. */
    public static JsonMapper jsonMapper() {
        return JSON_MAPPER;
    }

    static String write(Object value) {
        try {
            return JSON_MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + value.getClass().getName(), e);
        }
    }

    /**
     * Parses an ISO-8601 date-time leniently, like the official SDK: with an offset or zone
     * ({@code ...Z}, {@code ...+02:00}), without one (taken as UTC, the form LlamaCloud uses for
     * chat timestamps), with a space instead of {@code T}, or a bare date (midnight UTC).
     *
     * @throws DateTimeParseException if none of these forms match
     */
    public static OffsetDateTime parseDateTime(String text) {
        String iso = text.length() > 10 && text.charAt(10) == ' '
                ? text.substring(0, 10) + 'T' + text.substring(11)
                : text;
        if (iso.length() == 10) {
            return LocalDate.parse(iso).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                iso, OffsetDateTime::from, LocalDateTime::from);
        return parsed instanceof OffsetDateTime
                ? (OffsetDateTime) parsed
                : ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
    }
}
