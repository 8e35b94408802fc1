package com.llamacloud_prod.api.models.parsing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * A parse job ({@code /api/v2/parse}): PENDING, RUNNING, then COMPLETED, FAILED or CANCELLED.
 *
 * <pre>{@code
 * ParsingJob job = client.parsing().create(ParsingCreateParams.builder().fileId(fileId).build());
 * ParsingResult done = client.parsing().waitForCompletion(job.id(), List.of("markdown"), Duration.ofMinutes(5));
 * }</pre>
 */
public final class ParsingJob {
    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ParsingJob(JsonNode json) {
        this.json = Json.object(json);
    }

    public String id() {
        return Json.requiredString(json, "id");
    }

    public String projectId() {
        return Json.requiredString(json, "project_id");
    }

    /** PENDING, RUNNING, COMPLETED, FAILED or CANCELLED. */
    public String status() {
        return Json.requiredString(json, "status");
    }

    /** True once the job will not change any more. */
    public boolean isFinished() {
        return status().equals("COMPLETED") || status().equals("FAILED") || status().equals("CANCELLED");
    }

    public Optional<String> errorMessage() {
        return Json.optionalString(json, "error_message");
    }

    public Optional<String> name() {
        return Json.optionalString(json, "name");
    }

    public Optional<String> tier() {
        return Json.optionalString(json, "tier");
    }

    public Optional<Map<String, String>> userMetadata() {
        return Json.optionalStringMap(json, "user_metadata");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    public Optional<OffsetDateTime> updatedAt() {
        return Json.optionalDateTime(json, "updated_at");
    }

    @Override
    public String toString() {
        return "ParsingJob" + json;
    }
}
