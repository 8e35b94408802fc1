package com.llamacloud_prod.api.models.beta.retrieval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * A window of a parsed file, from {@code POST /api/v1/retrieval/files/read}.
 *
 * <pre>{@code
 * String text = client.beta().retrieval().read(params).content();
 * }</pre>
 */
public final class RetrievalReadResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("content");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalReadResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** The text; empty when the offset is past the end. */
    public String content() {
        return Json.requiredString(json, "content");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalReadResponse && json.equals(((RetrievalReadResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalReadResponse" + json;
    }
}
