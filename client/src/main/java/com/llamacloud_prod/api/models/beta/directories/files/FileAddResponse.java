package com.llamacloud_prod.api.models.beta.directories.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The entry created (or replaced, for a known {@code unique_id}) by adding a file to a directory.
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * FileAddResponse entry = client.beta().directories().files().add(directoryId,
 *         FileAddParams.builder().fileId(fileId).build());
 * }</pre>
 */
public final class FileAddResponse {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "id", "directory_id", "display_name", "project_id", "unique_id", "created_at",
            "deleted_at", "download_url", "file_id", "metadata", "updated_at");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private FileAddResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** Directory-file id, {@code dfl-...}. */
    public String id() {
        return Json.requiredString(json, "id");
    }

    public String directoryId() {
        return Json.requiredString(json, "directory_id");
    }

    public String displayName() {
        return Json.requiredString(json, "display_name");
    }

    public String projectId() {
        return Json.requiredString(json, "project_id");
    }

    /** Unique within the directory among entries that are not deleted. */
    public String uniqueId() {
        return Json.requiredString(json, "unique_id");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    public Optional<OffsetDateTime> deletedAt() {
        return Json.optionalDateTime(json, "deleted_at");
    }

    /** Filled only with {@code expand=download_url}. */
    public Optional<PresignedUrl> downloadUrl() {
        return Json.optionalModel(json, "download_url", PresignedUrl.class);
    }

    /** The underlying file. */
    public Optional<String> fileId() {
        return Json.optionalString(json, "file_id");
    }

    /** System and user metadata merged (user keys win). */
    public Optional<Map<String, JsonValue>> metadata() {
        return Json.optionalMap(json, "metadata");
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
        return o instanceof FileAddResponse && json.equals(((FileAddResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "FileAddResponse" + json;
    }
}
