package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Immutable query parameters: each key (case-sensitive, in insertion order) with one or more
 * values. Two instances are equal when they hold the same keys with the same values.
 *
 * <pre>{@code
 * QueryParams query = QueryParams.builder().put("project_id", projectId).put("expand", List.of("a", "b")).build();
 * query.values("expand");   // [a, b], sent as expand=a&expand=b
 * }</pre>
 */
public final class QueryParams {

    private static final QueryParams EMPTY = builder().build();

    private final Map<String, List<String>> map;
    private final int size;

    private QueryParams(Map<String, List<String>> map, int size) {
        this.map = map;
        this.size = size;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** No parameters. */
    public static QueryParams empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** The number of values over all keys. */
    public int size() {
        return size;
    }

    public Set<String> keys() {
        return map.keySet();
    }

    /** The values of {@code key}, or an empty list. */
    public List<String> values(String key) {
        return map.getOrDefault(key, List.of());
    }

    public Builder toBuilder() {
        return new Builder().putAll(this);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof QueryParams && map.equals(((QueryParams) other).map);
    }

    @Override
    public int hashCode() {
        return map.hashCode();
    }

    @Override
    public String toString() {
        return "QueryParams{map=" + map + "}";
    }

    /** A builder for {@link QueryParams}. */
    public static final class Builder {
        private final Map<String, List<String>> map = new LinkedHashMap<>();

        private Builder() {}

        /**
         * Adds a JSON value the way the API reads it: arrays as repeated keys, objects as
         * {@code key[nested]}, missing and null values not at all.
         */
        public Builder put(String key, JsonValue value) {
            if (value.isMissing() || value.isNull()) {
                return this;
            }
            if (value.asArray().isPresent()) {
                value.asArray().get().forEach(item -> put(key, item));
            } else if (value.asObject().isPresent()) {
                value.asObject().get().forEach((nested, item) -> put(key + "[" + nested + "]", item));
            } else if (value.asString().isPresent()) {
                put(key, value.asString().get());
            } else if (value.asBoolean().isPresent()) {
                put(key, value.asBoolean().get().toString());
            } else {
                value.asNumber().ifPresent(number -> put(key, number.toString()));
            }
            return this;
        }

        public Builder put(String key, String value) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            return this;
        }

        public Builder put(String key, Iterable<String> values) {
            values.forEach(value -> put(key, value));
            return this;
        }

        public Builder putAll(Map<String, ? extends Iterable<String>> queryParams) {
            queryParams.forEach(this::put);
            return this;
        }

        public Builder putAll(QueryParams queryParams) {
            queryParams.keys().forEach(key -> put(key, queryParams.values(key)));
            return this;
        }

        public Builder replace(String key, String value) {
            return remove(key).put(key, value);
        }

        public Builder replace(String key, Iterable<String> values) {
            return remove(key).put(key, values);
        }

        public Builder replaceAll(Map<String, ? extends Iterable<String>> queryParams) {
            queryParams.forEach(this::replace);
            return this;
        }

        public Builder replaceAll(QueryParams queryParams) {
            queryParams.keys().forEach(key -> replace(key, queryParams.values(key)));
            return this;
        }

        public Builder remove(String key) {
            map.remove(key);
            return this;
        }

        public Builder removeAll(Set<String> keys) {
            keys.forEach(this::remove);
            return this;
        }

        public Builder clear() {
            map.clear();
            return this;
        }

        public QueryParams build() {
            Map<String, List<String>> copy = new LinkedHashMap<>();
            int size = 0;
            for (Map.Entry<String, List<String>> e : map.entrySet()) {
                copy.put(e.getKey(), List.copyOf(e.getValue()));
                size += e.getValue().size();
            }
            return new QueryParams(Collections.unmodifiableMap(copy), size);
        }
    }
}
