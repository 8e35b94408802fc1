package com.llamacloud_prod.api.core;

import java.util.Optional;

/** A JSON boolean. */
public final class JsonBoolean extends JsonValue {
    private final boolean value;

    private JsonBoolean(boolean value) {
        this.value = value;
    }

    public static JsonBoolean of(boolean value) {
        return new JsonBoolean(value);
    }

    public boolean value() {
        return value;
    }

    @Override
    public Optional<Boolean> asBoolean() {
        return Optional.of(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonBoolean && value == ((JsonBoolean) other).value;
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(value);
    }
}
