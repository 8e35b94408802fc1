package com.llamacloud_prod.api.models.projects;

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
 * A project: the scope every resource belongs to.
 *
 * <pre>{@code
 * Project project = client.projects().list(ProjectListParams.builder().projectName("docs").build())
 *         .stream().findFirst().orElseThrow();
 * ChatCreateResponse session = client.beta().chat().create(
 *         ChatCreateParams.builder().projectId(project.id()).build());
 * }</pre>
 *
 * <p>Timestamps are parsed leniently: with or without an offset (then UTC).
 */
public final class Project {

    private static final Set<String> KNOWN_KEYS =
            Set.of("id", "name", "organization_id", "created_at", "is_default", "updated_at");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private Project(JsonNode json) {
        this.json = Json.object(json);
    }

    public String id() {
        return Json.requiredString(json, "id");
    }

    public String name() {
        return Json.requiredString(json, "name");
    }

    /** The organization the project is under. */
    public String organizationId() {
        return Json.requiredString(json, "organization_id");
    }

    public Optional<OffsetDateTime> createdAt() {
        return Json.optionalDateTime(json, "created_at");
    }

    /** Whether this is the default project of its organization. */
    public Optional<Boolean> isDefault() {
        return Json.optionalBoolean(json, "is_default");
    }

    public Optional<OffsetDateTime> updatedAt() {
        return Json.optionalDateTime(json, "updated_at");
    }

    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Project && json.equals(((Project) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "Project" + json;
    }
}
