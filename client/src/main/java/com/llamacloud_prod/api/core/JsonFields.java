package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What generated models do with their {@link JsonField}s: strict typed reads of the received JSON,
 * required/optional access that fails with {@link LlamaCloudInvalidDataException}, and list copies
 * for builders.
 *
 * <p>SDK-internal: public only because models live in several packages.
 */
public final class JsonFields {
    private JsonFields() {}

    /** The value of a required field. */
    public static <T> T getRequired(JsonField<T> field, String name) {
        if (field instanceof KnownValue) {
            return ((KnownValue<T>) field).value();
        }
        if (field == null || field.isMissing()) {
            throw new LlamaCloudInvalidDataException("`" + name + "` is not set");
        }
        if (field.isNull()) {
            throw new LlamaCloudInvalidDataException("`" + name + "` is null");
        }
        throw new LlamaCloudInvalidDataException("`" + name + "` is invalid, received " + field);
    }

    /** The value of an optional or nullable field; empty when absent or null. */
    public static <T> Optional<T> getOptional(JsonField<T> field, String name) {
        if (field instanceof KnownValue) {
            return Optional.of(((KnownValue<T>) field).value());
        }
        if (field == null || field.isMissing() || field.isNull()) {
            return Optional.empty();
        }
        throw new LlamaCloudInvalidDataException("`" + name + "` is invalid, received " + field);
    }

    /** Applies {@code f} to a known value; any other JSON is kept as it is. */
    @SuppressWarnings("unchecked")
    public static <T, R> JsonField<R> map(JsonField<T> field, Function<T, R> f) {
        return field instanceof KnownValue ? KnownValue.of(f.apply(((KnownValue<T>) field).value())) : (JsonField<R>) field;
    }

    /** A builder's own copy of a list field, so {@code addX} can append. */
    public static <T> JsonField<List<T>> toMutableList(JsonField<List<T>> field) {
        return field == null ? null : map(field, ArrayList::new);
    }

    /** The list field a built model keeps: unmodifiable; {@link JsonMissing} if never set. */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<List<T>> toImmutableList(JsonField<List<T>> field) {
        return field == null
                ? (JsonField<List<T>>) (JsonField<?>) JsonMissing.of()
                : map(field, list -> Collections.unmodifiableList(new ArrayList<>(list)));
    }

    /** The list in a builder's list field, for {@code addX}. */
    public static <T> List<T> checkKnown(String name, JsonField<List<T>> field) {
        return field.asKnown().orElseThrow(() ->
                new IllegalStateException("`" + name + "` is not a known type: " + field.getClass().getSimpleName()));
    }

    /** {@link JsonMissing} as a field of any type. */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> missing() {
        return (JsonField<T>) (JsonField<?>) JsonMissing.of();
    }

    /** A field absent until set: null from the creator becomes {@link JsonMissing}. */
    @SuppressWarnings("unchecked")
    public static <T> JsonField<T> orMissing(JsonField<T> field) {
        return field == null ? (JsonField<T>) (JsonField<?>) JsonMissing.of() : field;
    }

    /** Reads {@code node} as {@code type} if it fits without coercion, else keeps the raw JSON. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static JsonField<?> fromNode(JsonNode node, JavaType type) {
        JsonValue raw = JsonValue.fromJsonNode(node);
        if (raw.isMissing() || raw.isNull() || type == null || type.getRawClass() == Object.class) {
            return (JsonField) raw;
        }
        if (JsonValue.class.isAssignableFrom(type.getRawClass())) {
            return (JsonField) raw;
        }
        try {
            return KnownValue.of(strict(node, type));
        } catch (Mismatch | IllegalArgumentException e) {
            return (JsonField) raw;
        }
    }

    private static final class Mismatch extends RuntimeException {
        Mismatch() {
            super(null, null, false, false);
        }
    }

    private static Object strict(JsonNode node, JavaType type) {
        Class<?> raw = type.getRawClass();
        if (node == null || node.isNull() || node.isMissingNode()) {
            throw new Mismatch();
        }
        if (raw == String.class) {
            if (!node.isTextual()) throw new Mismatch();
            return node.textValue();
        }
        if (raw == Long.class || raw == long.class) {
            if (!node.isIntegralNumber() || !node.canConvertToLong()) throw new Mismatch();
            return node.longValue();
        }
        if (raw == Integer.class || raw == int.class) {
            if (!node.isIntegralNumber() || !node.canConvertToInt()) throw new Mismatch();
            return node.intValue();
        }
        if (raw == Double.class || raw == double.class) {
            if (!node.isNumber()) throw new Mismatch();
            return node.doubleValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!node.isBoolean()) throw new Mismatch();
            return node.booleanValue();
        }
        if (raw == OffsetDateTime.class) {
            if (!node.isTextual()) throw new Mismatch();
            try {
                return ObjectMappers.parseDateTime(node.textValue());
            } catch (DateTimeParseException e) {
                throw new Mismatch();
            }
        }
        if (List.class.isAssignableFrom(raw)) {
            if (!node.isArray()) throw new Mismatch();
            JavaType element = type.containedType(0);
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode e : node) {
                list.add(element == null ? JsonValue.fromJsonNode(e) : strictOrJson(e, element));
            }
            return Collections.unmodifiableList(list);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!node.isObject()) throw new Mismatch();
            JavaType value = type.containedType(1);
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e ->
                    map.put(e.getKey(), value == null ? JsonValue.fromJsonNode(e.getValue()) : strictOrJson(e.getValue(), value)));
            return Collections.unmodifiableMap(map);
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return JsonValue.fromJsonNode(node);
        }
        Object value = ObjectMappers.jsonMapper().convertValue(node, type);
        if (value == null) throw new Mismatch();
        return value;
    }

    private static Object strictOrJson(JsonNode node, JavaType type) {
        if (JsonValue.class.isAssignableFrom(type.getRawClass())) {
            return JsonValue.fromJsonNode(node);
        }
        return strict(node, type);
    }
}
