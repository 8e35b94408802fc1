package dev.quire.mcp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tool call's arguments, read against the tool's schema: each getter checks type and limits and
 * names the argument in its error, and {@link #rejectUnknown} refuses names the schema does not have.
 */
final class Args {
    private final Map<String, Object> values;

    Args(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    void rejectUnknown(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new ToolInputException("unknown argument \"" + name + "\"; this tool takes " + known);
            }
        }
    }

    String string(String name, int maxLength) {
        return optionalString(name, maxLength)
                .orElseThrow(() -> new ToolInputException("\"" + name + "\" is required"));
    }

    Optional<String> optionalString(String name, int maxLength) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String s)) {
            throw new ToolInputException("\"" + name + "\" must be a string");
        }
        if (s.isBlank() || s.length() > maxLength) {
            throw new ToolInputException("\"" + name + "\" must have 1 to " + maxLength + " characters");
        }
        return Optional.of(s);
    }

    int integer(String name, int min, int max, int fallback) {
        Object value = values.get(name);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new ToolInputException("\"" + name + "\" must be an integer");
        }
        long v = n.longValue();
        if (v < min || v > max) {
            throw new ToolInputException("\"" + name + "\" must be between " + min + " and " + max + ", got " + v);
        }
        return (int) v;
    }

    List<String> strings(String name, int minItems, int maxItems, int maxLength) {
        Object value = values.get(name);
        if (!(value instanceof List<?> list)) {
            throw new ToolInputException("\"" + name + "\" must be an array of strings");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (Object item : list) {
            if (!(item instanceof String s) || s.isBlank() || s.length() > maxLength) {
                throw new ToolInputException("\"" + name + "\" must hold non-empty strings of at most " + maxLength
                        + " characters");
            }
            distinct.add(s);
        }
        if (distinct.size() < minItems || distinct.size() > maxItems) {
            throw new ToolInputException("\"" + name + "\" must hold " + minItems + " to " + maxItems
                    + " distinct items, got " + distinct.size());
        }
        return new ArrayList<>(distinct);
    }

    /** An object argument, or null when absent. */
    Object object(String name) {
        Object value = values.get(name);
        if (value != null && !(value instanceof Map)) {
            throw new ToolInputException("\"" + name + "\" must be an object");
        }
        return value;
    }
}
