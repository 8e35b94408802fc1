package com.llamacloud_prod.api.core;

import java.util.Map;
import java.util.Optional;

/** A JSON object; keys keep their order. */
public final class JsonObject extends JsonValue {
    private final Map<String, JsonValue> values;

    private JsonObject(Map<String, JsonValue> values) {
        this.values = immutable(values);
    }

    public static JsonObject of(Map<String, JsonValue> values) {
        return new JsonObject(values);
    }

    public Map<String, JsonValue> values() {
        return values;
    }

    @Override
    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.of(values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonObject && values.equals(((JsonObject) other).values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }
}
