package com.llamacloud_prod.api.models.beta.retrieval;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One page of grep matches as sent: {@code {"items": [...], "next_page_token": "..."}}.
 */
public final class RetrievalGrepPageResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token", "total_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalGrepPageResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    public List<RetrievalGrepResponse> items() {
        return Json.requiredList(json, "items", RetrievalGrepPageResponse::item);
    }

    /** Like {@link #items()}, but an absent or null {@code items} reads as an empty page. */
    List<RetrievalGrepResponse> itemsOrEmpty() {
        return Json.optionalList(json, "items", RetrievalGrepPageResponse::item).orElse(List.of());
    }

    /** Opaque token of the next page; empty on the last page. */
    public Optional<String> nextPageToken() {
        return Json.optionalString(json, "next_page_token");
    }

    /** Total number of items, only when the server computes it. */
    public Optional<Long> totalSize() {
        return Json.optionalLong(json, "total_size");
    }

    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    private static RetrievalGrepResponse item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, RetrievalGrepResponse.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalGrepPageResponse && json.equals(((RetrievalGrepPageResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalGrepPageResponse" + json;
    }
}
