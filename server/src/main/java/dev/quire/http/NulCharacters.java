package dev.quire.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Refuses text holding U+0000 anywhere a client can send text (JSON bodies, keys included; query
 * parameters; form fields and file names), with a 422 naming where. PostgreSQL cannot store NUL in
 * a text column, so without this the same request would be stored on the embedded database and fail
 * with a 500 on a cluster; refusing it everywhere keeps both alike and the error the client's.
 */
public final class NulCharacters {
    public static final String TYPE = "value_error";
    public static final String MESSAGE = "Value error, text must not contain NUL (U+0000) characters";

    private NulCharacters() {}

    static boolean in(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Throws a 422 at the first string or key of the body that holds a NUL. */
    static void requireNone(JsonNode body) {
        List<Object> path = new ArrayList<>();
        if (find(body, path)) {
            throw ValidationException.of(FieldError.body(TYPE, MESSAGE, null, path.toArray()));
        }
    }

    /** Whether any string or key of the JSON value holds a NUL. */
    public static boolean anyIn(JsonNode value) {
        return find(value, new ArrayList<>());
    }

    static void requireNoneInQuery(String name, String value) {
        if (in(value)) {
            throw ValidationException.of(FieldError.query(TYPE, MESSAGE, null, name));
        }
    }

    static void requireNoneInField(String name, String value) {
        if (in(value)) {
            throw ValidationException.of(FieldError.body(TYPE, MESSAGE, null, name));
        }
    }

    private static boolean find(JsonNode node, List<Object> path) {
        if (node.isTextual()) {
            return in(node.textValue());
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                if (find(node.get(i), path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                path.add(field.getKey());
                if (in(field.getKey()) || find(field.getValue(), path)) {
                    return true;
                }
                path.remove(path.size() - 1);
            }
        }
        return false;
    }
}
