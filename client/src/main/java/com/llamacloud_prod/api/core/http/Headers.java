package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Immutable HTTP headers with case-insensitive names, each with one or more values.
 *
 * <pre>{@code
 * Headers headers = Headers.builder().put("X-Team", "search").build();
 * List<String> values = exception.headers().values("retry-after");
 * }</pre>
 */
public final class Headers {

    private static final Headers EMPTY = builder().build();

    private final Map<String, List<String>> map;
    private final int size;

    private Headers(Map<String, List<String>> map, int size) {
        this.map = map;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No headers. */
    public static Headers empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** The number of values over all names. */
    public int size() {
        return size;
    }

    public Set<String> names() {
        return map.keySet();
    }

    /** The values of {@code name} (any case), or an empty list. */
    public List<String> values(String name) {
        return map.getOrDefault(name, List.of());
    }

    public Builder toBuilder() {
        return new Builder().putAll(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Headers && map.equals(((Headers) other).map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return "Headers{map=" + map + "}";
    }

    /** A builder for {@link Headers}. */
    public static final class Builder {
        private final Map<String, List<String>> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {}

        public Builder put(String name, String value) {
            map.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            return this;
        }

        /**
         * Adds a JSON value: arrays as repeated values, objects as {@code name.nested}, missing
         * and null values not at all.
         */
        public Builder put(String name, JsonValue value) {
            if (value.isMissing() || value.isNull()) {
                return this;
            }
            if (value.asArray().isPresent()) {
                value.asArray().get().forEach(item -> put(name, item));
            } else if (value.asObject().isPresent()) {
                value.asObject().get().forEach((nested, item) -> put(name + "." + nested, item));
            } else if (value.asString().isPresent()) {
                put(name, value.asString().get());
            } else if (value.asBoolean().isPresent()) {
                put(name, value.asBoolean().get().toString());
            } else {
                value.asNumber().ifPresent(number -> put(name, number.toString()));
            }
            return this;
        }

        public Builder put(String name, Iterable<String> values) {
            values.forEach(value -> put(name, value));
            return this;
        }

        public Builder putAll(Map<String, ? extends Iterable<String>> headers) {
            headers.forEach(this::put);
            return this;
        }

        public Builder putAll(Headers headers) {
            headers.names().forEach(name -> put(name, headers.values(name)));
            return this;
        }

        public Builder replace(String name, String value) {
            return remove(name).put(name, value);
        }

        public Builder replace(String name, Iterable<String> values) {
            return remove(name).put(name, values);
        }

        public Builder replaceAll(Map<String, ? extends Iterable<String>> headers) {
            headers.forEach(this::replace);
            return this;
        }

        public Builder replaceAll(Headers headers) {
            headers.names().forEach(name -> replace(name, headers.values(name)));
            return this;
        }

        public Builder remove(String name) {
            map.remove(name);
            return this;
        }

        public Builder removeAll(Set<String> names) {
            names.forEach(this::remove);
            return this;
        }

        public Builder clear() {
            map.clear();
            return this;
        }

        /** @throws IllegalArgumentException if a name is blank or a value contains a line break */
        public Headers build() {
            Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            int size = 0;
            for (Map.Entry<String, List<String>> e : map.entrySet()) {
                if (e.getKey().isBlank()) {
                    throw new IllegalArgumentException("header name must not be blank: '" + e.getKey() + "'");
                }
                for (String value : e.getValue()) {
                    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                        throw new IllegalArgumentException("header " + e.getKey() + " has a line break in its value");
                    }
                }
                copy.put(e.getKey(), List.copyOf(e.getValue()));
                size += e.getValue().size();
            }
            return new Headers(Collections.unmodifiableMap(copy), size);
        }
    }
}
