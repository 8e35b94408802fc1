package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An arbitrary, immutable JSON value: error bodies, unknown response keys, untyped payloads, or a
 * model field whose value does not have the declared type. One of {@link JsonMissing},
 * {@link JsonNull}, {@link JsonBoolean}, {@link JsonNumber}, {@link JsonString}, {@link JsonArray}
 * and {@link JsonObject}.
 *
 * <pre>{@code
 * JsonValue body = exception.body();
 * String detail = body.asObject()
 *         .map(o -> o.get("detail"))
 *         .flatMap(JsonValue::asString)
 *         .orElse("unknown");
 * MyType typed = body.convert(MyType.class);
 * }</pre>
 *
 * <p>Extends the raw {@link JsonField} (as the official SDK's {@code JsonField<Nothing>} does), so
 * any JSON can be set where a builder takes a {@code JsonField<T>}.
 */
@SuppressWarnings("rawtypes")
@JsonDeserialize(using = JsonValue.Deserializer.class)
public abstract class JsonValue extends JsonField {

    JsonValue() {}

    /** Converts any Jackson-serializable value (maps, lists, strings, numbers, null, ...) to JSON. */
    public static JsonValue from(Object value) {
        if (value == null) {
            return JsonNull.of();
        }
        if (value instanceof JsonValue) {
            return (JsonValue) value;
        }
        if (value instanceof JsonNode) {
            return fromJsonNode((JsonNode) value);
        }
        return fromJsonNode(ObjectMappers.jsonMapper().valueToTree(value));
    }

    /** The value of a JSON tree; {@code null} or a missing node is {@link JsonMissing}. */
    public static JsonValue fromJsonNode(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return JsonMissing.of();
        }
        switch (node.getNodeType()) {
            case NULL:
                return JsonNull.of();
            case BOOLEAN:
                return JsonBoolean.of(node.booleanValue());
            case NUMBER:
                return JsonNumber.of(node.numberValue());
            case STRING:
                return JsonString.of(node.textValue());
            case ARRAY: {
                List<JsonValue> values = new ArrayList<>(node.size());
                node.forEach(element -> values.add(fromJsonNode(element)));
                return JsonArray.of(values);
            }
            case OBJECT: {
                Map<String, JsonValue> values = new LinkedHashMap<>();
                node.properties().forEach(e -> values.put(e.getKey(), fromJsonNode(e.getValue())));
                return JsonObject.of(values);
            }
            default:
                return JsonString.of(node.asText());
        }
    }

    /** The value of a key that was absent. */
    public static JsonValue missing() {
        return JsonMissing.of();
    }

    @Override
    public Optional<Boolean> asBoolean() {
        return Optional.empty();
    }

    @Override
    public Optional<Number> asNumber() {
        return Optional.empty();
    }

    @Override
    public Optional<String> asString() {
        return Optional.empty();
    }

    @Override
    public String asStringOrThrow() {
        return super.asStringOrThrow();
    }

    @Override
    public Optional<List<JsonValue>> asArray() {
        return Optional.empty();
    }

    @Override
    public Optional<Map<String, JsonValue>> asObject() {
        return Optional.empty();
    }

    /**
     * Maps this value onto {@code type} with the SDK's mapper.
     *
     * @return null if this value is JSON null or missing
     * @throws IllegalArgumentException if the value does not fit {@code type}
     */
    public <R> R convert(Class<R> type) {
        return isMissing() || isNull() ? null : ObjectMappers.jsonMapper().convertValue(toJsonNode(), type);
    }

    /** As {@link #convert(Class)}, for generic types. */
    public <R> R convert(TypeReference<R> type) {
        return isMissing() || isNull() ? null : ObjectMappers.jsonMapper().convertValue(toJsonNode(), type);
    }

    /** Calls the visitor method for this value's JSON type. */
    public <R> R accept(Visitor<R> visitor) {
        if (this instanceof JsonMissing) return visitor.visitMissing();
        if (this instanceof JsonNull) return visitor.visitNull();
        if (this instanceof JsonBoolean) return visitor.visitBoolean(((JsonBoolean) this).value());
        if (this instanceof JsonNumber) return visitor.visitNumber(((JsonNumber) this).value());
        if (this instanceof JsonString) return visitor.visitString(((JsonString) this).value());
        if (this instanceof JsonArray) return visitor.visitArray(((JsonArray) this).values());
        return visitor.visitObject(((JsonObject) this).values());
    }

    /** A function over the JSON types; each method defaults to {@link #visitDefault()}. */
    public interface Visitor<R> {
        default R visitNull() { return visitDefault(); }
        default R visitMissing() { return visitDefault(); }
        default R visitBoolean(boolean value) { return visitDefault(); }
        default R visitNumber(Number value) { return visitDefault(); }
        default R visitString(String value) { return visitDefault(); }
        default R visitArray(List<JsonValue> values) { return visitDefault(); }
        default R visitObject(Map<String, JsonValue> values) { return visitDefault(); }
        default R visitDefault() { throw new RuntimeException("Unexpected value"); }
    }

    /** The value as a Jackson tree; a missing value serializes as {@code null}. */
    @com.fasterxml.jackson.annotation.JsonValue
    JsonNode toJsonNode() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (this instanceof JsonMissing) return MissingNode.getInstance();
        if (this instanceof JsonNull) return NullNode.getInstance();
        if (this instanceof JsonBoolean) return f.booleanNode(((JsonBoolean) this).value());
        if (this instanceof JsonNumber) return numberNode(((JsonNumber) this).value());
        if (this instanceof JsonString) return f.textNode(((JsonString) this).value());
        if (this instanceof JsonArray) {
            ArrayNode array = f.arrayNode();
            ((JsonArray) this).values().forEach(v -> array.add(v.isMissing() ? NullNode.getInstance() : v.toJsonNode()));
            return array;
        }
        ObjectNode object = f.objectNode();
        ((JsonObject) this).values().forEach((k, v) -> {
            if (!v.isMissing()) {
                object.set(k, v.toJsonNode());
            }
        });
        return object;
    }

    private static JsonNode numberNode(Number n) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (n instanceof Integer || n instanceof Short || n instanceof Byte) return f.numberNode(n.intValue());
        if (n instanceof Long) return f.numberNode(n.longValue());
        if (n instanceof Float) return f.numberNode(n.floatValue());
        if (n instanceof BigInteger) return f.numberNode((BigInteger) n);
        if (n instanceof BigDecimal) return f.numberNode((BigDecimal) n);
        return f.numberNode(n.doubleValue());
    }

    /** Compact JSON text, e.g. {@code {"detail":"Not Found"}}; empty for a missing value. */
    @Override
    public String toString() {
        return isMissing() ? "" : toJsonNode().toString();
    }

    static final class Deserializer extends JsonDeserializer<JsonValue> {
        @Override
        public JsonValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return fromJsonNode(ctxt.readTree(p));
        }

        @Override
        public JsonValue getNullValue(DeserializationContext ctxt) {
            return JsonNull.of();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return JsonMissing.of();
        }
    }

    static List<JsonValue> immutable(List<JsonValue> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    static Map<String, JsonValue> immutable(Map<String, JsonValue> values) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
