package com.llamacloud_prod.api.models.beta.indexes;

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
 * An index, one item of {@link IndexListPage}.
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor.
 *
 * <pre>{@code
 * client.beta().indexes().list().autoPager().forEach(i -> System.out.println(i.name()));
 * }</pre>
 */
public final class IndexListResponse {

    private static final Set<String> KNOWN_KEYS = Set.of(
            "id", "export_config_id", "name", "output_directory_id", "project_id",
            "source_directory_id", "sync_config_id", "created_at", "description",
            "last_exported_at", "last_synced_at", "metadata", "updated_at",
            "sync_in_progress");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private IndexListResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** Index id, {@code idx-...}. */
    public String id() {
        return Json.requiredString(json, "id");
    }

    /** Also accepted as an index id by retrieval and chat. */
    public String exportConfigId() {
        return Json.requiredString(json, "export_config_id");
    }

    public String name() {
        return Json.requiredString(json, "name");
    }

    /** The {@code index}-type directory holding one parsed file per source file. */
    public String outputDirectoryId() {
        return Json.requiredString(json, "output_directory_id");
    }

    public String projectId() {
        return Json.requiredString(json, "project_id");
    }

    public String sourceDirectoryId() {
        return Json.requiredString(json, "source_directory_id");
    }

    public String syncConfigId() {
        return Json.requiredString(json, "sync_config_id");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    public Optional<String> description() {
        return Json.optionalString(json, "description");
    }

    public Optional<OffsetDateTime> lastExportedAt() {
        return Json.optionalDateTime(json, "last_exported_at");
    }

    public Optional<OffsetDateTime> lastSyncedAt() {
        return Json.optionalDateTime(json, "last_synced_at");
    }

    /** Build state: poll until {@code status} is {@code ready} (or {@code failed}). */
    public Optional<Metadata> metadata() {
        return Json.optionalModel(json, "metadata", Metadata.class);
    }

    public Optional<OffsetDateTime> updatedAt() {
        return Json.optionalDateTime(json, "updated_at");
    }

    /** Only filled when requested with {@code expand=sync_in_progress}. */
    public Optional<Boolean> syncInProgress() {
        return Json.optionalBoolean(json, "sync_in_progress");
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexListResponse && json.equals(((IndexListResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "IndexListResponse" + json;
    }

    /**
     * Build state and diagnostics of the index; other keys are in {@link #_additionalProperties()}.
     */
    public static final class Metadata {

        private static final Set<String> KNOWN_KEYS = Set.of(
                "status", "error_message", "num_source_files", "num_parsed_files",
                "num_failed_files", "num_chunks", "sync_started_at", "sync_finished_at");

        private final ObjectNode json;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        private Metadata(JsonNode json) {
            this.json = Json.object(json);
        }

        /** {@code pending}, {@code syncing}, {@code ready} or {@code failed}. */
        public Optional<String> status() {
            return Json.optionalString(json, "status");
        }

        /** Why the last sync failed. */
        public Optional<String> errorMessage() {
            return Json.optionalString(json, "error_message");
        }

        public Optional<Long> numSourceFiles() {
            return Json.optionalLong(json, "num_source_files");
        }

        public Optional<Long> numParsedFiles() {
            return Json.optionalLong(json, "num_parsed_files");
        }

        public Optional<Long> numFailedFiles() {
            return Json.optionalLong(json, "num_failed_files");
        }

        public Optional<Long> numChunks() {
            return Json.optionalLong(json, "num_chunks");
        }

        public Optional<OffsetDateTime> syncStartedAt() {
            return Json.optionalDateTime(json, "sync_started_at");
        }

        public Optional<OffsetDateTime> syncFinishedAt() {
            return Json.optionalDateTime(json, "sync_finished_at");
        }

        /** Keys of the response this SDK version does not know. */
        public Map<String, JsonValue> _additionalProperties() {
            return Json.additionalProperties(json, KNOWN_KEYS);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Metadata && json.equals(((Metadata) o).json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return "Metadata" + json;
        }
    }
}
