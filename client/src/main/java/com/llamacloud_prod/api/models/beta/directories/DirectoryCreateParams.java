package com.llamacloud_prod.api.models.beta.directories;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/beta/directories}.
 *
 * <pre>{@code
 * DirectoryCreateResponse dir = client.beta().directories().create(DirectoryCreateParams.builder()
 *         .name("contracts")
 *         .description("signed PDFs")
 *         .build());
 * }</pre>
 */
public final class DirectoryCreateParams implements Params {

    private final String name;
    private final String description;
    private final String type;
    private final OffsetDateTime expiresAt;
    private final Map<String, Object> systemMetadata;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private DirectoryCreateParams(Builder b) {
        this.additional = b.additional.build();
        this.name = b.name;
        this.description = b.description;
        this.type = b.type;
        this.expiresAt = b.expiresAt;
        this.systemMetadata = b.systemMetadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.systemMetadata));
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code name}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Human-readable name; need not be unique. */
    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** {@code user} (the default) or {@code ephemeral}. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** For ephemeral directories; the server defaults to 24 hours from now. */
    public Optional<OffsetDateTime> expiresAt() {
        return Optional.ofNullable(expiresAt);
    }

    /** Stored as-is. */
    public Optional<Map<String, Object>> systemMetadata() {
        return Optional.ofNullable(systemMetadata);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** SDK-internal: the JSON body as sent: set fields only (an explicitly cleared one as {@code null}). */
    public ObjectNode _bodyJson() {
        ObjectNode body = ObjectMappers.jsonMapper().createObjectNode();
        body.set("name", ObjectMappers.jsonMapper().valueToTree(name));
        if (description != null) {
            body.set("description", ObjectMappers.jsonMapper().valueToTree(description));
        }
        if (type != null) {
            body.set("type", ObjectMappers.jsonMapper().valueToTree(type));
        }
        if (expiresAt != null) {
            body.set("expires_at", ObjectMappers.jsonMapper().valueToTree(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(expiresAt)));
        }
        if (systemMetadata != null) {
            body.set("system_metadata", ObjectMappers.jsonMapper().valueToTree(systemMetadata));
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link DirectoryCreateParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final DirectoryCreateParams params;

        private Body(DirectoryCreateParams params) {
            this.params = params;
        }

        public String name() {
            return params.name();
        }

        public Optional<String> description() {
            return params.description();
        }

        public Optional<String> type() {
            return params.type();
        }

        public Optional<OffsetDateTime> expiresAt() {
            return params.expiresAt();
        }

        public Optional<Map<String, Object>> systemMetadata() {
            return params.systemMetadata();
        }

        public Map<String, JsonValue> _additionalProperties() {
            return params._additionalBodyProperties();
        }

        /** The body as sent (serialized as this JSON). */
        @com.fasterxml.jackson.annotation.JsonValue
        public ObjectNode _json() {
            return params._bodyJson();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Body && _json().equals(((Body) o)._json());
        }

        @Override
        public int hashCode() {
            return _json().hashCode();
        }

        @Override
        public String toString() {
            return "Body" + _json();
        }
    }

    /** Query parameters in order; arrays as repeated keys, unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
        if (organizationId != null) {
            query.put("organization_id", organizationId);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        return query.putAll(additional.queryParams()).build();
    }

    /** Additional headers to send with the request. */
    public Headers _additionalHeaders() {
        return additional.headers();
    }

    /** Additional query parameters to send with the request. */
    public QueryParams _additionalQueryParams() {
        return additional.queryParams();
    }

    @Override
    public Headers _headers() {
        return additional.headers();
    }

    /** Additional JSON properties sent in the body, replacing typed fields of the same name. */
    public Map<String, JsonValue> _additionalBodyProperties() {
        return additional.bodyProperties();
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.name = name;
        b.description = description;
        b.type = type;
        b.expiresAt = expiresAt;
        b.systemMetadata = systemMetadata;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DirectoryCreateParams)) {
            return false;
        }
        DirectoryCreateParams other = (DirectoryCreateParams) o;
        return additional.equals(other.additional)
                && Objects.equals(name, other.name)
                && Objects.equals(description, other.description)
                && Objects.equals(type, other.type)
                && Objects.equals(expiresAt, other.expiresAt)
                && Objects.equals(systemMetadata, other.systemMetadata)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, name, description, type, expiresAt, systemMetadata, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "DirectoryCreateParams{name=" + name
                + ", description=" + description
                + ", type=" + type
                + ", expiresAt=" + expiresAt
                + ", systemMetadata=" + systemMetadata
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link DirectoryCreateParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String name;
        private String description;
        private String type;
        private OffsetDateTime expiresAt;
        private Map<String, Object> systemMetadata;
        private String organizationId;
        private String projectId;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder description(Optional<String> description) {
            return description(description.orElse(null));
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder type(Optional<String> type) {
            return type(type.orElse(null));
        }

        public Builder expiresAt(OffsetDateTime expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder expiresAt(Optional<OffsetDateTime> expiresAt) {
            return expiresAt(expiresAt.orElse(null));
        }

        /** Replaces the map; null unsets it. Values may be strings, numbers, booleans, lists or null. */
        public Builder systemMetadata(Map<String, ?> systemMetadata) {
            this.systemMetadata = systemMetadata == null ? null : new LinkedHashMap<>(systemMetadata);
            return this;
        }

        public Builder putSystemMetadata(String key, Object value) {
            if (systemMetadata == null) {
                systemMetadata = new LinkedHashMap<>();
            }
            systemMetadata.put(key, value);
            return this;
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder projectId(Optional<String> projectId) {
            return projectId(projectId.orElse(null));
        }

        /** @throws IllegalStateException if a required field is unset; IllegalArgumentException for an invalid value */
        public DirectoryCreateParams build() {
            Checks.required("name", name);
            if (name != null && name.isEmpty()) {
                throw new IllegalArgumentException("name must not be empty");
            }
            return new DirectoryCreateParams(this);
        }
    }
}
