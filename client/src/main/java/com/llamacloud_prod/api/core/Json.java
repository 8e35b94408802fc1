package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed, lazy reads of response fields. Models keep the response's JSON object and read a field
 * when its accessor is called, so an unexpected value only breaks that accessor (as in the
 * official SDK), and unknown keys are kept rather than rejected.
 *
 * <pre>{@code
 * String id = Json.requiredString(node, "session_id");
 * Optional<Long> tokens = Json.optionalLong(node, "total_input_tokens");
 * }</pre>
 *
 * <p>SDK-internal: public only because models live in several packages.
 */
public final class Json {
    private Json() {}

    /** An immutable copy of a response object; anything but an object becomes {@code {}}. */
    public static ObjectNode object(JsonNode node) {
        return node != null && node.isObject()
                ? ((ObjectNode) node).deepCopy()
                : ObjectMappers.jsonMapper().createObjectNode();
    }

    /** Maps a response onto a model; an empty body (e.g. {@code 204}) reads as {@code {}}. */
    public static <T> T model(JsonNode json, Class<T> type) {
        JsonNode source = json == null || json.isMissingNode() || json.isNull()
                ? ObjectMappers.jsonMapper().createObjectNode()
                : json;
        return ObjectMappers.jsonMapper().convertValue(source, type);
    }

    public static String requiredString(ObjectNode node, String key) {
        return required(node, key, Json::string, "a string");
    }

    public static Optional<String> optionalString(ObjectNode node, String key) {
        return optional(node, key, Json::string, "a string");
    }

    public static Optional<Long> optionalLong(ObjectNode node, String key) {
        return optional(node, key, Json::longValue, "an integer");
    }

    public static long requiredLong(ObjectNode node, String key) {
        return required(node, key, Json::longValue, "an integer");
    }

    public static Optional<Double> optionalDouble(ObjectNode node, String key) {
        return optional(node, key, v -> v.isNumber() ? v.doubleValue() : null, "a number");
    }

    public static Optional<Boolean> optionalBoolean(ObjectNode node, String key) {
        return optional(node, key, v -> v.isBoolean() ? v.booleanValue() : null, "a boolean");
    }

    public static Optional<List<String>> optionalStringList(ObjectNode node, String key) {
        return optional(node, key, Json::stringList, "a list of strings");
    }

    public static Optional<OffsetDateTime> optionalDateTime(ObjectNode node, String key) {
        return optional(node, key, Json::dateTime, "an ISO-8601 date-time");
    }

    public static OffsetDateTime requiredDateTime(ObjectNode node, String key) {
        return required(node, key, Json::dateTime, "an ISO-8601 date-time");
    }

    /** A nested object mapped onto a model class (one with a delegating JSON creator). */
    public static <T> Optional<T> optionalModel(ObjectNode node, String key, Class<T> type) {
        return optional(node, key, v -> v.isObject() ? ObjectMappers.jsonMapper().convertValue(v, type) : null, "an object");
    }

    /** A free-form object (e.g. user metadata), its values wrapped as {@link JsonValue}. */
    public static Optional<Map<String, JsonValue>> optionalMap(ObjectNode node, String key) {
        return optional(node, key, v -> v.isObject() ? additionalProperties((ObjectNode) v, Set.of()) : null, "an object");
    }

    /** A map of strings, e.g. presigned POST form fields. */
    public static Optional<Map<String, String>> optionalStringMap(ObjectNode node, String key) {
        return optional(node, key, Json::stringMap, "an object of strings");
    }

    public static Optional<ObjectNode> optionalObject(ObjectNode node, String key) {
        return optional(node, key, v -> v.isObject() ? (ObjectNode) v : null, "an object");
    }

    public static <T> List<T> requiredList(ObjectNode node, String key, Function<JsonNode, T> element) {
        return required(node, key, v -> list(v, element), "a list");
    }

    public static <T> Optional<List<T>> optionalList(ObjectNode node, String key, Function<JsonNode, T> element) {
        return optional(node, key, v -> list(v, element), "a list");
    }

    /** The keys a model does not know, for {@code _additionalProperties()}. */
    public static Map<String, JsonValue> additionalProperties(ObjectNode node, Set<String> knownKeys) {
        Map<String, JsonValue> extra = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (!knownKeys.contains(e.getKey())) {
                extra.put(e.getKey(), JsonValue.fromJsonNode(e.getValue()));
            }
        });
        return Collections.unmodifiableMap(extra);
    }

    private static <T> T required(ObjectNode node, String key, Function<JsonNode, T> read, String expected) {
        return optional(node, key, read, expected)
                .orElseThrow(() -> new LlamaCloudInvalidDataException("`" + key + "` is not present"));
    }

    private static <T> Optional<T> optional(ObjectNode node, String key, Function<JsonNode, T> read, String expected) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        T result = read.apply(value);
        if (result == null) {
            throw new LlamaCloudInvalidDataException("`" + key + "` is not " + expected + ": " + value);
        }
        return Optional.of(result);
    }

    private static Long longValue(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong() ? value.longValue() : null;
    }

    private static String string(JsonNode value) {
        return value.isTextual() ? value.textValue() : null;
    }

    private static OffsetDateTime dateTime(JsonNode value) {
        try {
            return value.isTextual() ? ObjectMappers.parseDateTime(value.textValue()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Map<String, String> stringMap(JsonNode value) {
        if (!value.isObject()) {
            return null;
        }
        Map<String, String> strings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) value::fields) {
            if (!e.getValue().isTextual()) {
                return null;
            }
            strings.put(e.getKey(), e.getValue().textValue());
        }
        return Collections.unmodifiableMap(strings);
    }

    private static List<String> stringList(JsonNode value) {
        if (!value.isArray()) {
            return null;
        }
        List<String> strings = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                return null;
            }
            strings.add(element.textValue());
        }
        return Collections.unmodifiableList(strings);
    }

    private static <T> List<T> list(JsonNode value, Function<JsonNode, T> element) {
        if (!value.isArray()) {
            return null;
        }
        List<T> items = new ArrayList<>(value.size());
        value.forEach(e -> items.add(element.apply(e)));
        return Collections.unmodifiableList(items);
    }
}
