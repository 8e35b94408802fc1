package dev.quire.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Checks a JSON value against a schema of the OpenAPI document, for the subset the document uses:
 * {@code $ref}, {@code anyOf}, {@code type} (with {@code "null"}), {@code enum}, {@code required},
 * {@code properties}, {@code additionalProperties}, {@code items} and the formats {@code date-time}
 * and {@code int64}. An object with declared properties may carry no other key unless its schema
 * says {@code additionalProperties}: an answer with an undocumented field fails, so the document
 * and the handlers cannot drift apart.
 */
final class SchemaValidator {
    private final JsonNode components;

    SchemaValidator(JsonNode document) {
        this.components = document.path("components").path("schemas");
    }

    /** The problems found, each with its JSON path; empty when {@code value} conforms. */
    List<String> validate(JsonNode value, JsonNode schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    private void check(JsonNode value, JsonNode schema, String at, List<String> errors) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = components.path(ref.substring(ref.lastIndexOf('/') + 1));
            if (target.isMissingNode()) {
                errors.add(at + ": unresolved " + ref);
                return;
            }
            check(value, target, at, errors);
            return;
        }
        if (schema.has("anyOf")) {
            List<String> closest = null;
            for (JsonNode variant : schema.get("anyOf")) {
                List<String> found = new ArrayList<>();
                check(value, variant, at, found);
                if (found.isEmpty()) {
                    return;
                }
                if (closest == null || found.size() < closest.size()) {
                    closest = found;
                }
            }
            errors.add(at + ": matches no variant of anyOf; the closest fails with " + closest);
            return;
        }
        if (schema.has("type") && !typeMatches(value, schema.get("type"))) {
            errors.add(at + ": expected " + schema.get("type") + ", got " + abbreviate(value));
            return;
        }
        if (value.isNull()) {
            return;
        }
        if (schema.has("enum") && !contains(schema.get("enum"), value)) {
            errors.add(at + ": " + value + " is not one of " + schema.get("enum"));
        }
        if ("date-time".equals(schema.path("format").asText()) && value.isTextual()) {
            try {
                OffsetDateTime.parse(value.asText());
            } catch (DateTimeParseException e) {
                errors.add(at + ": not an OffsetDateTime: " + value);
            }
        }
        if (value.isObject()) {
            checkObject(value, schema, at, errors);
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), schema.get("items"), at + "[" + i + "]", errors);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String at, List<String> errors) {
        JsonNode properties = schema.path("properties");
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(at + ": missing required " + required.asText());
            }
        }
        JsonNode additional = schema.path("additionalProperties");
        if (!schema.has("properties") && additional.isMissingNode()) {
            return; // any JSON object
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = at + "." + field.getKey();
            if (properties.has(field.getKey())) {
                check(field.getValue(), properties.get(field.getKey()), path, errors);
            } else if (additional.isObject()) {
                check(field.getValue(), additional, path, errors);
            } else if (!additional.asBoolean(false)) {
                errors.add(path + ": undocumented property");
            }
        }
    }

    private static boolean typeMatches(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "null" -> value.isNull();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> false;
        };
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode v : values) {
            if (v.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(JsonNode value) {
        String text = value.toString();
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }
}
