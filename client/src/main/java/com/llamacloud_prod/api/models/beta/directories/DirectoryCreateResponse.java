package com.llamacloud_prod.api.models.beta.directories;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The directory created by {@code POST /api/v1/beta/directories}.
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * DirectoryCreateResponse dir = client.beta().directories().create(DirectoryCreateParams.builder().name("docs").build());
 * }</pre>
 */
public final class DirectoryCreateResponse {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "id", "name", "project_id", "connector_subscription_id", "created_at",
            "deleted_at", "description", "expires_at", "system_metadata", "type",
            "updated_at");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private DirectoryCreateResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** Directory id, {@code dir-...}. */
    public String id() {
        return Json.requiredString(json, "id");
    }

    public String name() {
        return Json.requiredString(json, "name");
    }

    public String projectId() {
        return Json.requiredString(json, "project_id");
    }

    /** The connector feeding the directory; empty for manual uploads. */
    public Optional<String> connectorSubscriptionId() {
        return Json.optionalString(json, "connector_subscription_id");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    /** Set once deleted (listed only with {@code include_deleted}). */
    public Optional<OffsetDateTime> deletedAt() {
        return Json.optionalDateTime(json, "deleted_at");
    }

    public Optional<String> description() {
        return Json.optionalString(json, "description");
    }

    /** When an ephemeral directory becomes eligible for clean-up. */
    public Optional<OffsetDateTime> expiresAt() {
        return Json.optionalDateTime(json, "expires_at");
    }

    /** Reserved, system-managed. */
    public Optional<Map<String, JsonValue>> systemMetadata() {
        return Json.optionalMap(json, "system_metadata");
    }

    /** {@code user}, {@code ephemeral} or {@code index} (an index's output directory). */
    public Optional<String> type() {
        return Json.optionalString(json, "type");
    }

    public Optional<OffsetDateTime> updatedAt() {
        return Json.optionalDateTime(json, "updated_at");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DirectoryCreateResponse && json.equals(((DirectoryCreateResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "DirectoryCreateResponse" + json;
    }
}
