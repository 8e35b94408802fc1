package dev.quire.search;

import java.util.Collection;
import java.util.List;

/**
 * One metadata test: {@code key operator value}. {@code in}/{@code nin} take a list; the range
 * operators take a number (numeric metadata) or a string (compared as text, e.g. ISO dates).
 * A chunk without the key fails every test except {@code ne} and {@code nin}; a list-valued key
 * passes {@code eq}/{@code in} when any element does. The key {@link Filter#FILE_ID} tests the
 * chunk's file id (eq, ne, in, nin only).
 */
public record Condition(String key, Operator operator, Object value) {

    public Condition {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("filter key must not be empty");
        }
        if (operator == null) {
            throw new IllegalArgumentException("filter on '" + key + "' needs an operator");
        }
        value = checkValue(key, operator, value);
    }

    public static Condition eq(String key, Object value) {
        return new Condition(key, Operator.EQ, value);
    }

    public static Condition ne(String key, Object value) {
        return new Condition(key, Operator.NE, value);
    }

    public static Condition gt(String key, Object value) {
        return new Condition(key, Operator.GT, value);
    }

    public static Condition gte(String key, Object value) {
        return new Condition(key, Operator.GTE, value);
    }

    public static Condition lt(String key, Object value) {
        return new Condition(key, Operator.LT, value);
    }

    public static Condition lte(String key, Object value) {
        return new Condition(key, Operator.LTE, value);
    }

    public static Condition in(String key, Collection<?> values) {
        return new Condition(key, Operator.IN, List.copyOf(values));
    }

    public static Condition nin(String key, Collection<?> values) {
        return new Condition(key, Operator.NIN, List.copyOf(values));
    }

    /** The values of an in/nin condition. */
    public List<?> values() {
        return (List<?>) value;
    }

    private static Object checkValue(String key, Operator operator, Object value) {
        if (operator.isSet()) {
            if (!(value instanceof Collection<?> values)) {
                throw new IllegalArgumentException("'" + operator + "' on '" + key + "' takes an array: " + value);
            }
            for (Object v : values) {
                if (v == null || !MetadataValues.isScalar(v)) {
                    throw new IllegalArgumentException("'" + operator + "' on '" + key + "': bad array element " + v);
                }
            }
            return List.copyOf(values);
        }
        if (value == null || !MetadataValues.isScalar(value)) {
            throw new IllegalArgumentException("'" + operator + "' on '" + key + "' takes a string, number or boolean: " + value);
        }
        if (operator.isRange() && value instanceof Boolean) {
            throw new IllegalArgumentException("'" + operator + "' on '" + key + "' cannot compare booleans");
        }
        if (key.equals(Filter.FILE_ID) && (operator.isRange() || !(value instanceof String))) {
            throw new IllegalArgumentException(Filter.FILE_ID + " supports eq, ne, in and nin on string ids");
        }
        return value;
    }
}
