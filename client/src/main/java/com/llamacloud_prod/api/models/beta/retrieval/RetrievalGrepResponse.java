package com.llamacloud_prod.api.models.beta.retrieval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.util.Map;
import java.util.Set;

/**
 * One regular-expression match, one item of {@link RetrievalGrepPage}. The offsets are those of the
 * match itself (end exclusive) in the parsed text; {@code content} adds the requested context.
 *
 * <pre>{@code
 * for (RetrievalGrepResponse m : client.beta().retrieval().grep(params).autoPager()) {
 *     System.out.println(m.startChar() + ".." + m.endChar() + ": " + m.content());
 * }
 * }</pre>
 */
public final class RetrievalGrepResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("content", "start_char", "end_char");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalGrepResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** The match with its context. */
    public String content() {
        return Json.requiredString(json, "content");
    }

    /** Offset of the match's first character, in code points. */
    public long startChar() {
        return Json.requiredLong(json, "start_char");
    }

    /** Offset just past the match. */
    public long endChar() {
        return Json.requiredLong(json, "end_char");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalGrepResponse && json.equals(((RetrievalGrepResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalGrepResponse" + json;
    }
}
