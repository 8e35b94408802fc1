package dev.quire.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/**
 * A chunk's user metadata as every backend stores it beside the chunk: one JSON object, returned as
 * given (filters use the backends' own indexed fields, not this).
 */
public final class MetadataJson {
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {}

    public static String write(ObjectMapper json, Map<String, Object> metadata) {
        try {
            return json.writeValueAsString(metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("metadata is not serialisable as JSON", e);
        }
    }

    public static Map<String, Object> read(ObjectMapper json, String text) {
        try {
            return json.readValue(text, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt metadata JSON in the search index", e);
        }
    }
}
