package com.llamacloud_prod.api.models.files;

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
 * One page of files as sent: {@code {"items": [...], "next_page_token": "..."}}.
 */
public final class FileListPageResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token", "total_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private FileListPageResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    public List<FileListResponse> items() {
        return Json.requiredList(json, "items", FileListPageResponse::item);
    }

    /** Like {@link #items()}, but an absent or null {@code items} reads as an empty page. */
    List<FileListResponse> itemsOrEmpty() {
        return Json.optionalList(json, "items", FileListPageResponse::item).orElse(List.of());
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

    private static FileListResponse item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, FileListResponse.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileListPageResponse && json.equals(((FileListPageResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "FileListPageResponse" + json;
    }
}
