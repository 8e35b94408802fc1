package dev.quire.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request body being read field by field. Type errors are collected (not thrown one at a time) so
 * that a 422 names every offending field; call {@link #validate()} once all fields are read.
 * Unknown keys are ignored, as the contract requires; a missing body reads as {@code {}}.
 *
 * <pre>{@code
 * JsonBody body = JsonBody.parse(ctx.body());
 * Optional<List<String>> ids = body.optionalStringList("index_ids");
 * body.validate();
 * }</pre>
 */
public final class JsonBody {
    /** Strict: {@code {...} garbage} or two concatenated objects are not one JSON document. */
    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ObjectNode root;
    private final List<FieldError> errors;
    private final List<Object> prefix;

    private JsonBody(ObjectNode root) {
        this(root, new ArrayList<>(), List.of());
    }

    private JsonBody(ObjectNode root, List<FieldError> errors, List<Object> prefix) {
        this.root = root;
        this.errors = errors;
        this.prefix = prefix;
    }

    /** Parses a raw body; blank means {}; malformed JSON or a non-object fails with 422. */
    public static JsonBody parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new JsonBody(Json.mapper().createObjectNode());
        }
        JsonNode node;
        try {
            node = READER.readTree(raw);
        } catch (JsonProcessingException e) {
            throw ValidationException.of(FieldError.body("json_invalid",
                    "JSON decode error: " + e.getOriginalMessage(), null));
        }
        if (node == null || node.isNull()) {
            return new JsonBody(Json.mapper().createObjectNode());
        }
        if (!node.isObject()) {
            throw ValidationException.of(FieldError.body("model_attributes_type",
                    "Input should be a valid dictionary or object", node));
        }
        NulCharacters.requireNone(node);
        return new JsonBody((ObjectNode) node);
    }

    /** One JSON document and nothing after it; the parse errors are Jackson's. */
    public static JsonNode readStrict(String raw) throws JsonProcessingException {
        return READER.readTree(raw);
    }

    /** Throws the collected field errors, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    public void fail(String type, String msg, Object input, Object... path) {
        List<Object> full = new ArrayList<>(prefix);
        full.addAll(List.of(path));
        errors.add(FieldError.body(type, msg, input, full.toArray()));
    }

    /**
     * A nested object read the same way; its errors are this body's (with the field in their
     * {@code loc}), so one {@link #validate()} reports both.
     */
    public Optional<JsonBody> optionalChild(String field) {
        return optionalObject(field).map(node -> {
            List<Object> path = new ArrayList<>(prefix);
            path.add(field);
            return new JsonBody(node, errors, List.copyOf(path));
        });
    }

    public boolean has(String field) {
        JsonNode value = root.get(field);
        return value != null && !value.isNull();
    }

    /** True when the key is present, even with null: PATCH uses this to tell "clear" from "keep". */
    public boolean present(String field) {
        return root.has(field);
    }

    public Optional<String> optionalString(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            fail("string_type", "Input should be a valid string", value, field);
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    public String requiredString(String field) {
        if (!root.has(field)) {
            fail("missing", "Field required", null, field);
            return "";
        }
        return optionalString(field).orElseGet(() -> {
            if (root.get(field).isNull()) {
                fail("string_type", "Input should be a valid string", null, field);
            }
            return "";
        });
    }

    public Optional<Boolean> optionalBoolean(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            fail("bool_type", "Input should be a valid boolean", value, field);
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    public Optional<Integer> optionalInt(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || !value.isNumber() || !value.canConvertToInt()) {
            fail("int_type", "Input should be a valid integer", value, field);
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    public Optional<Double> optionalNumber(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            fail("float_type", "Input should be a valid number", value, field);
            return Optional.empty();
        }
        return Optional.of(value.doubleValue());
    }

    /** A list of strings; duplicates are kept (callers decide), order is kept. */
    public Optional<List<String>> optionalStringList(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isArray()) {
            fail("list_type", "Input should be a valid list", value, field);
            return Optional.empty();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (!item.isTextual()) {
                fail("string_type", "Input should be a valid string", item, field, i);
            } else {
                out.add(item.textValue());
            }
        }
        return Optional.of(out);
    }

    /** An object field as a raw JSON node (nested shapes are validated by the caller). */
    public Optional<ObjectNode> optionalObject(String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            fail("dict_type", "Input should be a valid dictionary", value, field);
            return Optional.empty();
        }
        return Optional.of((ObjectNode) value);
    }

    public JsonNode raw(String field) {
        JsonNode value = root.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    /** De-duplicates while keeping first-seen order. */
    public static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    /** The body as plain Java values, for storing opaque objects such as system_metadata. */
    public static Map<String, Object> toMap(ObjectNode node) {
        @SuppressWarnings("unchecked")
        Map<String, Object> map = Json.mapper().convertValue(node, Map.class);
        return map;
    }
}
