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
 * One page of found files as sent: {@code {"items": [...], "next_page_token": "..."}}.
 */
public final class RetrievalFindPageResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token", "total_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private RetrievalFindPageResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    public List<RetrievalFindResponse> items() {
        return Json.requiredList(json, "items", RetrievalFindPageResponse::item);
    }

    /** Like {@link #items()}, but an absent or null {@code items} reads as an empty page. */
    List<RetrievalFindResponse> itemsOrEmpty() {
        return Json.optionalList(json, "items", RetrievalFindPageResponse::item).orElse(List.of());
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

    private static RetrievalFindResponse item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, RetrievalFindResponse.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalFindPageResponse && json.equals(((RetrievalFindPageResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "RetrievalFindPageResponse" + json;
    }
}
