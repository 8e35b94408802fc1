package dev.quire.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chunk as the index stores and returns it (everything but its vector).
 *
 * @param fileId   the parsed directory file id the chunk came from
 * @param metadata user metadata: values are String, Number, Boolean, null or a List of those
 *                 scalars; it is returned as given and indexed for {@link Filter}s
 */
public record StoredChunk(
        String chunkId,
        String fileId,
        int chunkIndex,
        int startChar,
        int endChar,
        int tokenCount,
        int pageRangeStart,
        int pageRangeEnd,
        String content,
        Map<String, Object> metadata) {

    public StoredChunk {
        requireText(chunkId, "chunkId");
        requireText(fileId, "fileId");
        if (content == null) {
            throw new IllegalArgumentException("content must not be null for chunk " + chunkId);
        }
        metadata = copyMetadata(metadata == null ? Map.of() : metadata);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }

    /** Map.copyOf rejects null values, which metadata allows: copy by hand, checking types. */
    private static Map<String, Object> copyMetadata(Map<String, Object> metadata) {
        Map<String, Object> copy = new LinkedHashMap<>();
        metadata.forEach((key, value) -> {
            if (key == null || key.isEmpty()) {
                throw new IllegalArgumentException("metadata keys must not be empty");
            }
            copy.put(key, checkValue(key, value));
        });
        return Collections.unmodifiableMap(copy);
    }

    private static Object checkValue(String key, Object value) {
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!MetadataValues.isScalar(element) || element == null) {
                    throw new IllegalArgumentException("metadata '" + key + "': list elements must be strings, numbers or booleans: " + element);
                }
            }
            return List.copyOf(list);
        }
        if (!MetadataValues.isScalar(value)) {
            throw new IllegalArgumentException("metadata '" + key + "' must be a string, number, boolean, null or list: "
                    + value.getClass().getSimpleName());
        }
        return value;
    }
}
