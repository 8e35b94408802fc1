package dev.quire.files;

import dev.quire.errors.FieldError;
import java.util.List;
import java.util.Optional;

/** Names, ids and similar strings are stored in columns of {@value #MAX_CHARS} characters; longer is 422. */
public final class TextLimits {
    public static final int MAX_CHARS = 1024;

    private TextLimits() {}

    /** Adds a {@code string_too_long} error at {@code loc} when the value is too long. */
    public static void check(List<FieldError> errors, Optional<String> value, String where, Object... path) {
        if (value.isPresent() && value.get().length() > MAX_CHARS) {
            List<Object> loc = new java.util.ArrayList<>();
            loc.add(where);
            loc.addAll(List.of(path));
            errors.add(new FieldError("string_too_long",
                    loc, "String should have at most " + MAX_CHARS + " characters", value.get()));
        }
    }
}
