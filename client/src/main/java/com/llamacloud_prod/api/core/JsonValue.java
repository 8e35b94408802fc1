package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An arbitrary, immutable JSON value: error bodies, unknown response keys, untyped payloads.
 *
 * <pre>{@code
 * JsonValue body = exception.body();
 * String detail = body.asObject()
 *         .map(o -> o.get("detail"))
 *         .flatMap(JsonValue::asString)
 *         .orElse("unknown");
 * MyType typed = body.convert(MyType.class);
 * }</pre>
 */
public final class JsonValue {

    private static final JsonValue MISSING = new JsonValue(MissingNode.getInstance());

    private final JsonNode node;

    private JsonValue(JsonNode node) {
        this.node = node;
    }

    /** Converts any Jackson-serializable value (maps, lists, strings, numbers, ...) to JSON. */
    public static JsonValue from(Object value) {
        if (value instanceof JsonValue) {
            return (JsonValue) value;
        }
        if (value instanceof JsonNode) {
            return new JsonValue(((JsonNode) value).deepCopy());
        }
        return new JsonValue(ObjectMappers.jsonMapper().valueToTree(value));
    }

    /** Serializes as the wrapped JSON, so a JsonValue can be placed inside request bodies. */
    @com.fasterxml.jackson.annotation.JsonValue
    JsonNode toJsonNode() {
        return node.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node;
    }

    /** The value of a key that was absent. */
    public static JsonValue missing() {
        return MISSING;
    }

    /** Wraps a node without copying; callers must not mutate it afterwards. */
    static JsonValue wrap(JsonNode node) {
        return node == null || node.isMissingNode() ? MISSING : new JsonValue(node);
    }

    public boolean isMissing() {
        return node.isMissingNode();
    }

    public boolean isNull() {
        return node.isNull();
    }

    public Optional<String> asString() {
        return node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    public Optional<Number> asNumber() {
        return node.isNumber() ? Optional.of(node.numberValue()) : Optional.empty();
    }

    public Optional<Boolean> asBoolean() {
        return node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
    }

    public Optional<List<JsonValue>> asArray() {
        if (!node.isArray()) {
            return Optional.empty();
        }
        List<JsonValue> values = new ArrayList<>(node.size());
        node.forEach(element -> values.add(new JsonValue(element)));
        return Optional.of(Collections.unmodifiableList(values));
    }

    public Optional<Map<String, JsonValue>> asObject() {
        if (!node.isObject()) {
            return Optional.empty();
        }
        Map<String, JsonValue> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), new JsonValue(e.getValue())));
        return Optional.of(Collections.unmodifiableMap(values));
    }

    /**
     * Maps this value onto {@code type} with the SDK's mapper.
     *
     * @return null if this value is JSON null or missing
     * @throws IllegalArgumentException if the value does not fit {@code type}
     */
    public <R> R convert(Class<R> type) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        return ObjectMappers.jsonMapper().convertValue(node, type);
    }

    /** Compact JSON text, e.g. {@code {"detail":"Not Found"}}; empty for a missing value. */
    @Override
    public String toString() {
        return node.isMissingNode() ? "" : node.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JsonValue && node.equals(((JsonValue) other).node);
    }

    @Override
    public int hashCode() {
        return node.hashCode();
    }
}
