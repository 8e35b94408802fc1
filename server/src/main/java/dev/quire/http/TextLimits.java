package dev.quire.http;

import dev.quire.errors.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * The lengths of the columns user strings are stored in (migrations V1-V4), checked in the API
 * because not every database enforces them (SQLite ignores varchar lengths) and the ones that do
 * answer with an error that is no use to a client. Longer is a 422 {@code string_too_long}.
 */
public final class TextLimits {
    /** File, directory, entry and index names, unique ids, external ids: varchar(1024). */
    public static final int MAX_CHARS = 1024;
    /** Project and API key names, file types: varchar(255). */
    public static final int SHORT_MAX_CHARS = 255;

    private TextLimits() {}

    /** Adds a {@code string_too_long} error at {@code loc} when the value has more than {@link #MAX_CHARS}. */
    public static void check(List<FieldError> errors, Optional<String> value, String where, Object... path) {
        check(errors, value, MAX_CHARS, where, path);
    }

    /** Adds a {@code string_too_long} error at {@code loc} when the value has more than {@code max} characters. */
    public static void check(List<FieldError> errors, Optional<String> value, int max, String where, Object... path) {
        if (value.isPresent() && value.get().length() > max) {
            List<Object> loc = new java.util.ArrayList<>();
            loc.add(where);
            loc.addAll(List.of(path));
            // The input is cut: echoing a megabyte back helps nobody.
            String input = value.get().substring(0, Math.min(value.get().length(), 64)) + "...";
            errors.add(new FieldError("string_too_long", loc, "String should have at most " + max + " characters",
                    input));
        }
    }

    /** Throws the collected errors as one 422, if there are any. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new dev.quire.errors.ValidationException(errors);
        }
    }
}
