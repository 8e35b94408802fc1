package com.llamacloud_prod.api.models.files;

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
 * A file as the deprecated {@code files().query} returns it (the same shape as {@link FileListResponse}).
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * for (File file : client.files().query().items()) {
 *     System.out.println(file.id() + " " + file.name());
 * }
 * }</pre>
 */
public final class File {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "id", "name", "project_id", "download_url", "expires_at", "external_file_id",
            "file_type", "last_modified_at", "purpose", "created_at", "updated_at",
            "file_size");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private File(JsonNode json) {
        this.json = Json.object(json);
    }

    /** File id (a UUID). */
    public String id() {
        return Json.requiredString(json, "id");
    }

    /** Filename including extension. */
    public String name() {
        return Json.requiredString(json, "name");
    }

    public String projectId() {
        return Json.requiredString(json, "project_id");
    }

    /** Filled only when listed with {@code expand=download_url}. */
    public Optional<PresignedUrl> downloadUrl() {
        return Json.optionalModel(json, "download_url", PresignedUrl.class);
    }

    /** When the file may be removed; empty means never. */
    public Optional<OffsetDateTime> expiresAt() {
        return Json.optionalDateTime(json, "expires_at");
    }

    /** The caller's correlation id. */
    public Optional<String> externalFileId() {
        return Json.optionalString(json, "external_file_id");
    }

    /** Lower-case extension without dot, e.g. {@code pdf}. */
    public Optional<String> fileType() {
        return Json.optionalString(json, "file_type");
    }

    public Optional<OffsetDateTime> lastModifiedAt() {
        return Json.optionalDateTime(json, "last_modified_at");
    }

    /** What the file is for, e.g. {@code user_data}. */
    public Optional<String> purpose() {
        return Json.optionalString(json, "purpose");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    public Optional<OffsetDateTime> updatedAt() {
        return Json.optionalDateTime(json, "updated_at");
    }

    /** Size in bytes. */
    public Optional<Long> fileSize() {
        return Json.optionalLong(json, "file_size");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof File && json.equals(((File) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "File" + json;
    }
}
