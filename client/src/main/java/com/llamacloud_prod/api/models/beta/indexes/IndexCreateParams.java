package com.llamacloud_prod.api.models.beta.indexes;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/indexes}: an index over a source directory. Creating it queues
 * the first sync.
 *
 * <pre>{@code
 * IndexCreateResponse index = client.beta().indexes().create(IndexCreateParams.builder()
 *         .sourceDirectoryId(directoryId)
 *         .name("handbooks")
 *         .addStoreAttachment("screenshots")
 *         .build());
 * }</pre>
 */
public final class IndexCreateParams implements Params {

    private final String sourceDirectoryId;
    private final String name;
    private final String description;
    private final List<String> storeAttachments;
    private final String syncFrequency;
    private final String vectorTarget;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private IndexCreateParams(Builder b) {
        this.additional = b.additional.build();
        this.sourceDirectoryId = b.sourceDirectoryId;
        this.name = b.name;
        this.description = b.description;
        this.storeAttachments = b.storeAttachments == null ? null : List.copyOf(b.storeAttachments);
        this.syncFrequency = b.syncFrequency;
        this.vectorTarget = b.vectorTarget;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code sourceDirectoryId}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A {@code user} or {@code ephemeral} directory. */
    public String sourceDirectoryId() {
        return sourceDirectoryId;
    }

    /** Defaults to the source directory's name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Kinds to store next to the parsed output, e.g. {@code screenshots}. */
    public Optional<List<String>> storeAttachments() {
        return Optional.ofNullable(storeAttachments);
    }

    /** {@code manual} (the default), {@code daily} or {@code on_source_change}. */
    public Optional<String> syncFrequency() {
        return Optional.ofNullable(syncFrequency);
    }

    /** {@code DEFAULT} or {@code DISABLED} (no vector export). */
    public Optional<String> vectorTarget() {
        return Optional.ofNullable(vectorTarget);
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
        body.set("source_directory_id", ObjectMappers.jsonMapper().valueToTree(sourceDirectoryId));
        if (name != null) {
            body.set("name", ObjectMappers.jsonMapper().valueToTree(name));
        }
        if (description != null) {
            body.set("description", ObjectMappers.jsonMapper().valueToTree(description));
        }
        if (storeAttachments != null) {
            body.set("store_attachments", ObjectMappers.jsonMapper().valueToTree(storeAttachments));
        }
        if (syncFrequency != null) {
            body.set("sync_frequency", ObjectMappers.jsonMapper().valueToTree(syncFrequency));
        }
        if (vectorTarget != null) {
            body.set("vector_target", ObjectMappers.jsonMapper().valueToTree(vectorTarget));
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link IndexCreateParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final IndexCreateParams params;

        private Body(IndexCreateParams params) {
            this.params = params;
        }

        public String sourceDirectoryId() {
            return params.sourceDirectoryId();
        }

        public Optional<String> name() {
            return params.name();
        }

        public Optional<String> description() {
            return params.description();
        }

        public Optional<List<String>> storeAttachments() {
            return params.storeAttachments();
        }

        public Optional<String> syncFrequency() {
            return params.syncFrequency();
        }

        public Optional<String> vectorTarget() {
            return params.vectorTarget();
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
        b.sourceDirectoryId = sourceDirectoryId;
        b.name = name;
        b.description = description;
        b.storeAttachments = storeAttachments;
        b.syncFrequency = syncFrequency;
        b.vectorTarget = vectorTarget;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndexCreateParams)) {
            return false;
        }
        IndexCreateParams other = (IndexCreateParams) o;
        return additional.equals(other.additional)
                && Objects.equals(sourceDirectoryId, other.sourceDirectoryId)
                && Objects.equals(name, other.name)
                && Objects.equals(description, other.description)
                && Objects.equals(storeAttachments, other.storeAttachments)
                && Objects.equals(syncFrequency, other.syncFrequency)
                && Objects.equals(vectorTarget, other.vectorTarget)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, sourceDirectoryId, name, description, storeAttachments, syncFrequency, vectorTarget, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "IndexCreateParams{sourceDirectoryId=" + sourceDirectoryId
                + ", name=" + name
                + ", description=" + description
                + ", storeAttachments=" + storeAttachments
                + ", syncFrequency=" + syncFrequency
                + ", vectorTarget=" + vectorTarget
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link IndexCreateParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String sourceDirectoryId;
        private String name;
        private String description;
        private List<String> storeAttachments;
        private String syncFrequency;
        private String vectorTarget;
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

        public Builder sourceDirectoryId(String sourceDirectoryId) {
            this.sourceDirectoryId = sourceDirectoryId;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder name(Optional<String> name) {
            return name(name.orElse(null));
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder description(Optional<String> description) {
            return description(description.orElse(null));
        }

        /** Replaces the list; null unsets it. */
        public Builder storeAttachments(List<String> storeAttachments) {
            this.storeAttachments = storeAttachments == null ? null : new ArrayList<>(storeAttachments);
            return this;
        }

        public Builder storeAttachments(Optional<List<String>> storeAttachments) {
            return storeAttachments(storeAttachments.orElse(null));
        }

        public Builder addStoreAttachment(String storeAttachment) {
            if (this.storeAttachments == null) {
                this.storeAttachments = new ArrayList<>();
            }
            this.storeAttachments.add(storeAttachment);
            return this;
        }

        public Builder syncFrequency(String syncFrequency) {
            this.syncFrequency = syncFrequency;
            return this;
        }

        public Builder syncFrequency(Optional<String> syncFrequency) {
            return syncFrequency(syncFrequency.orElse(null));
        }

        public Builder vectorTarget(String vectorTarget) {
            this.vectorTarget = vectorTarget;
            return this;
        }

        public Builder vectorTarget(Optional<String> vectorTarget) {
            return vectorTarget(vectorTarget.orElse(null));
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
        public IndexCreateParams build() {
            Checks.required("sourceDirectoryId", sourceDirectoryId);
            if (sourceDirectoryId.isEmpty()) {
                throw new IllegalArgumentException("sourceDirectoryId must not be empty");
            }
            return new IndexCreateParams(this);
        }
    }
}
