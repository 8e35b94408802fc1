package com.llamacloud_prod.api.core;

/**
 * Builder preconditions of generated models, with the official SDK's messages.
 *
 * <pre>{@code
 * JsonField<String> id = Check.checkRequired("sessionId", sessionId);
 * }</pre>
 */
public final class Check {
    private Check() {}

    /** @throws IllegalStateException if {@code value} is null (the builder never set it) */
    public static <T> T checkRequired(String name, T value) {
        if (value == null) {
            throw new IllegalStateException("`" + name + "` is required, but was not set");
        }
        return value;
    }

    /** @throws IllegalStateException if {@code condition} is false */
    public static void checkRequired(String name, boolean condition) {
        if (!condition) {
            throw new IllegalStateException("`" + name + "` is required, but was not set");
        }
    }
}
