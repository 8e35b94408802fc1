package com.llamacloud_prod.api.core;

/**
 * Preconditions used by builders; messages name the field and the bad value.
 *
 * <pre>{@code
 * String key = Checks.required("apiKey", apiKey);
 * Checks.argument(maxRetries >= 0, "maxRetries must be >= 0: %s", maxRetries);
 * }</pre>
 */
public final class Checks {
    private Checks() {}

    /** @throws IllegalStateException naming {@code name} if {@code value} is null */
    public static <T> T required(String name, T value) {
        if (value == null) {
            throw new IllegalStateException("`" + name + "` is required, but was not set");
        }
        return value;
    }

    /** @throws IllegalArgumentException with {@code String.format(template, value)} */
    public static void argument(boolean condition, String template, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(String.format(template, value));
        }
    }

    /**
     * A path parameter: set and not empty. An empty segment would send the call to another route
     * ({@code GET /api/v1/chat/} lists sessions instead of reading one).
     */
    public static String pathParam(String name, String value) {
        required(name, value);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return value;
    }
}
