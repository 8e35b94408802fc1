package com.llamacloud_prod.api.models.beta.directories;

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
 * One page of directories as sent: {@code {"items": [...], "next_page_token": "..."}}.
 */
public final class DirectoryListPageResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token", "total_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private DirectoryListPageResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    public List<DirectoryListResponse> items() {
        return Json.requiredList(json, "items", DirectoryListPageResponse::item);
    }

    /** Like {@link #items()}, but an absent or null {@code items} reads as an empty page. */
    List<DirectoryListResponse> itemsOrEmpty() {
        return Json.optionalList(json, "items", DirectoryListPageResponse::item).orElse(List.of());
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

    private static DirectoryListResponse item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, DirectoryListResponse.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryListPageResponse && json.equals(((DirectoryListPageResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "DirectoryListPageResponse" + json;
    }
}
