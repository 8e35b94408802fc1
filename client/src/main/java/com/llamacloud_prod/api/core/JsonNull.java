package com.llamacloud_prod.api.core;

/** JSON {@code null}. */
public final class JsonNull extends JsonValue {
    private static final JsonNull INSTANCE = new JsonNull();

    private JsonNull() {}

    public static JsonNull of() {
        return INSTANCE;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonNull;
    }

    @Override
    public int hashCode() {
        return 1;
    }
}
