package dev.quire.cli;

import com.llamacloud_prod.api.core.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where retrieved chunks came from, numbered in order of first appearance: {@code [1] report.pdf, p. 3}. */
final class Sources {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    /** Adds the sources of a {@code retrieve} result ({@code {"results": [...]}}). */
    void addResults(JsonValue result) {
        Map<String, JsonValue> object = result.asObject().orElse(Map.of());
        for (JsonValue r : Optional.ofNullable(object.get("results")).flatMap(JsonValue::asArray).orElse(List.of())) {
            number(describe(r.asObject().orElse(Map.of())));
        }
    }

    int number(String source) {
        return numbers.computeIfAbsent(source, s -> numbers.size() + 1);
    }

    boolean isEmpty() {
        return numbers.isEmpty();
    }

    List<String> lines() {
        return numbers.entrySet().stream().map(e -> "[" + e.getValue() + "] " + e.getKey()).toList();
    }

    /** "file, p. N" or "file, pp. N-M" from a result's file name and static page range. */
    static String describe(Map<String, JsonValue> result) {
        Map<String, JsonValue> metadata = field(result, "metadata").flatMap(JsonValue::asObject).orElse(Map.of());
        Map<String, JsonValue> fields = field(result, "static_fields").flatMap(JsonValue::asObject).orElse(Map.of());
        String name = field(result, "file_name").or(() -> field(metadata, "file_name"))
                .flatMap(JsonValue::asString)
                .or(() -> field(fields, "parsed_directory_file_id").flatMap(JsonValue::asString)).orElse("(unknown file)");
        Optional<Long> from = field(fields, "page_range_start").flatMap(JsonValue::asNumber).map(Number::longValue);
        Optional<Long> to = field(fields, "page_range_end").flatMap(JsonValue::asNumber).map(Number::longValue);
        return name + pages(from, to);
    }

    static String pages(Optional<Long> from, Optional<Long> to) {
        if (from.isEmpty()) {
            return "";
        }
        long end = to.orElse(from.get());
        return end == from.get() ? ", p. " + from.get() : ", pp. " + from.get() + "-" + end;
    }

    private static Optional<JsonValue> field(Map<String, JsonValue> object, String name) {
        return Optional.ofNullable(object.get(name)).filter(v -> !v.isMissing() && !v.isNull());
    }
}
