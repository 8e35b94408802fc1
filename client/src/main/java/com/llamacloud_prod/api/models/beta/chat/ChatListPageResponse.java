package com.llamacloud_prod.api.models.beta.chat;

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
 * One page of chat sessions as sent: {@code {"items": [...], "next_page_token": "..."}}.
 *
 * <pre>{@code
 * ChatListPageResponse raw = client.beta().chat().list().response();
 * Optional<String> token = raw.nextPageToken();
 * }</pre>
 */
public final class ChatListPageResponse {

    private static final Set<String> KNOWN_KEYS = Set.of("items", "next_page_token");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ChatListPageResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** Chat sessions of this page. */
    public List<ChatListResponse> items() {
        return Json.requiredList(json, "items", ChatListPageResponse::item);
    }

    /** Like {@link #items()}, but an absent or null {@code items} reads as an empty page. */
    List<ChatListResponse> itemsOrEmpty() {
        return Json.optionalList(json, "items", ChatListPageResponse::item).orElse(List.of());
    }

    /** Opaque token of the next page; empty on the last page. */
    public Optional<String> nextPageToken() {
        return Json.optionalString(json, "next_page_token");
    }

    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    private static ChatListResponse item(JsonNode node) {
        return ObjectMappers.jsonMapper().convertValue(node, ChatListResponse.class);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatListPageResponse && json.equals(((ChatListPageResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ChatListPageResponse" + json;
    }
}
