package dev.quire.errors;

import java.util.List;

/**
 * One entry of a 422 body: {@code type} (e.g. missing, string_type, json_invalid), {@code loc}
 * (where: body/query/path/header, then field names or array indexes), {@code msg}, {@code input}.
 */
public record FieldError(String type, List<Object> loc, String msg, Object input) {
    public FieldError {
        loc = List.copyOf(loc);
    }

    public static FieldError body(String type, String msg, Object input, Object... path) {
        return at("body", type, msg, input, path);
    }

    public static FieldError query(String type, String msg, Object input, String name) {
        return at("query", type, msg, input, name);
    }

    private static FieldError at(String where, String type, String msg, Object input, Object... path) {
        List<Object> loc = new java.util.ArrayList<>();
        loc.add(where);
        loc.addAll(List.of(path));
        return new FieldError(type, loc, msg, input);
    }
}
