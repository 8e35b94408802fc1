package dev.quire.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.search.Condition;
import dev.quire.search.Filter;
import dev.quire.search.Operator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code custom_filters} and {@code static_filters} (contract §8.1) into a search
 * {@link Filter}: different keys ANDed, a list of bounds on one key ANDed (a range), null entries
 * ignored. Errors name the offending key.
 */
public final class FilterParser {
    private static final List<String> STATIC_KEYS = List.of(Filter.FILE_ID);

    private FilterParser() {}

    public static Filter parse(JsonNode custom, JsonNode statics) {
        List<Condition> conditions = new ArrayList<>();
        forEachKey(custom, "custom_filters", (key, value) -> conditions.addAll(entry("custom_filters", key, value)));
        forEachKey(statics, "static_filters", (key, value) -> {
            if (!STATIC_KEYS.contains(key)) {
                throw invalid("static_filters", key, "unsupported static filter; supported: " + STATIC_KEYS, value);
            }
            conditions.addAll(entry("static_filters", key, value));
        });
        return new Filter(conditions);
    }

    private static void forEachKey(JsonNode node, String field, java.util.function.BiConsumer<String, JsonNode> each) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            throw ValidationException.of(FieldError.body("dict_type", "Input should be a valid dictionary", node, field));
        }
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!e.getValue().isNull()) {
                each.accept(e.getKey(), e.getValue());
            }
        }
    }

    private static List<Condition> entry(String field, String key, JsonNode value) {
        if (value.isArray()) {
            List<Condition> bounds = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                JsonNode bound = value.get(i);
                Condition condition = condition(field, key, bound);
                if (!numeric(bound.get("value"))) {
                    throw ValidationException.of(FieldError.body("value_error",
                            "a list of bounds is a numeric range: each value must be a number or a list of numbers",
                            bound.get("value"), field, key, i, "value"));
                }
                bounds.add(condition);
            }
            return bounds;
        }
        return List.of(condition(field, key, value));
    }

    private static boolean numeric(JsonNode value) {
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isNumber()) {
                    return false;
                }
            }
            return true;
        }
        return value.isNumber();
    }

    private static Condition condition(String field, String key, JsonNode filter) {
        if (!filter.isObject() || !filter.path("operator").isTextual() || !filter.has("value")) {
            throw invalid(field, key, "a filter is {\"operator\": ..., \"value\": ...}", filter);
        }
        Operator operator;
        try {
            operator = Operator.parse(filter.get("operator").textValue());
        } catch (IllegalArgumentException e) {
            throw invalid(field, key, "operator must be one of eq, ne, gt, gte, lt, lte, in, nin", filter.get("operator"));
        }
        Object value = value(field, key, filter.get("value"));
        boolean many = value instanceof List;
        if ((operator == Operator.IN || operator == Operator.NIN) != many) {
            throw invalid(field, key, many ? operator + " takes a single value" : operator + " takes a list of values",
                    filter.get("value"));
        }
        try {
            return new Condition(key, operator, value);
        } catch (IllegalArgumentException e) {
            throw invalid(field, key, e.getMessage(), filter.get("value"));
        }
    }

    private static Object value(String field, String key, JsonNode value) {
        if (value.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : value) {
                items.add(scalar(field, key, item));
            }
            return items;
        }
        return scalar(field, key, value);
    }

    private static Object scalar(String field, String key, JsonNode value) {
        if (value.isTextual()) {
            return value.textValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        throw invalid(field, key, "filter values are strings, numbers, booleans or lists of them", value);
    }

    private static ValidationException invalid(String field, String key, String msg, Object input) {
        return ValidationException.of(FieldError.body("value_error", msg, input, field, key));
    }
}
