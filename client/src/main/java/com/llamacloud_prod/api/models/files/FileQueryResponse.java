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
 * The answer of the deprecated {@code POST /api/v1/beta/files/query}: one page of files, not
 * auto-paginated; pass {@link #nextPageToken()} back as {@code pageToken} for the next.
 *
 * <pre>{@code
 * FileQueryResponse page = client.files().query(FileQueryParams.builder().pageSize(50L).build());
 * page.items().forEach(file -> System.out.println(file.name()));
 * }</pre>
 */
public final class FileQueryResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token", "total_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private FileQueryResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    public List<File> items() {
        return Json.requiredList(json, "items", FileQueryResponse::item);
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

    private static File item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, File.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FileQueryResponse && json.equals(((FileQueryResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "FileQueryResponse" + json;
    }
}
