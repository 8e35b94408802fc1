package dev.quire.directories;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.errors.FieldError;
import dev.quire.http.JsonBody;
import dev.quire.http.NulCharacters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * User metadata maps (contract §2.2): values are strings, numbers, booleans, null or lists of
 * strings. Anything else (a nested object, a list holding a non-string) is a 422 naming the key.
 */
public final class Metadata {
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private Metadata() {}

    /** Validates a JSON object, adding errors at {@code loc + key [+ index]}; returns the valid entries. */
    public static Map<String, Object> read(JsonNode object, List<FieldError> errors, List<Object> loc) {
        Map<String, Object> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            List<Object> at = new ArrayList<>(loc);
            at.add(field.getKey());
            if (value.isObject()) {
                errors.add(new FieldError("metadata_value_type", at, "Metadata value of '" + field.getKey()
                        + "' must be a string, number, boolean, null or list of strings, not an object", value));
            } else if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    if (!value.get(i).isTextual()) {
                        List<Object> item = new ArrayList<>(at);
                        item.add(i);
                        errors.add(new FieldError("string_type", item, "Metadata list '" + field.getKey()
                                + "' may only hold strings", value.get(i)));
                    }
                }
                out.put(field.getKey(), Json.mapper().convertValue(value, Object.class));
            } else {
                out.put(field.getKey(), Json.mapper().convertValue(value, Object.class));
            }
        });
        return out;
    }

    /** Parses a metadata map sent as a JSON string (multipart uploads); invalid JSON or a non-object is a 422. */
    public static Map<String, Object> parse(String text, List<FieldError> errors, List<Object> loc) {
        JsonNode node;
        try {
            node = JsonBody.readStrict(text);
        } catch (JsonProcessingException e) {
            errors.add(new FieldError("json_invalid", loc, "Invalid JSON: " + e.getOriginalMessage(), text));
            return Map.of();
        }
        if (node == null || !node.isObject()) {
            errors.add(new FieldError("dict_type", loc, "Input should be a JSON object", text));
            return Map.of();
        }
        if (NulCharacters.anyIn(node)) {
            errors.add(new FieldError(NulCharacters.TYPE, loc, NulCharacters.MESSAGE, null));
            return Map.of();
        }
        return read(node, errors, loc);
    }

    static Map<String, Object> copy(Map<String, Object> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    static String toJson(Map<String, Object> map) {
        return Json.write(map);
    }

    static Map<String, Object> fromJson(String json) {
        return json == null ? Map.of() : Json.mapper().convertValue(Json.read(json), MAP);
    }

    static Optional<Map<String, Object>> fromNullableJson(String json) {
        return json == null ? Optional.empty() : Optional.of(fromJson(json));
    }
}
