package com.llamacloud_prod.api.models.beta.retrieval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * A file found by name, one item of {@link RetrievalFindPage}.
 *
 * <pre>{@code
 * String fileId = client.beta().retrieval().find(params).items().get(0).fileId();
 * }</pre>
 */
public final class RetrievalFindResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("file_id", "file_name");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalFindResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** The parsed file's id, for grep, read and {@code static_filters}. */
    public String fileId() {
        return Json.requiredString(json, "file_id");
    }

    /** The display name. */
    public String fileName() {
        return Json.requiredString(json, "file_name");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalFindResponse && json.equals(((RetrievalFindResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalFindResponse" + json;
    }
}
