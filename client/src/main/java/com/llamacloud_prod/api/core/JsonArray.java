package com.llamacloud_prod.api.core;

import java.util.List;
import java.util.Optional;

/** A JSON array. */
public final class JsonArray extends JsonValue {
    private final List<JsonValue> values;

    private JsonArray(List<JsonValue> values) {
        this.values = immutable(values);
    }

    public static JsonArray of(List<JsonValue> values) {
        return new JsonArray(values);
    }

    public List<JsonValue> values() {
        return values;
    }

    @Override
    public Optional<List<JsonValue>> asArray() {
        return Optional.of(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonArray && values.equals(((JsonArray) other).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
