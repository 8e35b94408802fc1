package com.llamacloud_prod.api.models.beta.directories;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code PATCH /api/v1/beta/directories/{directory_id}}: unset fields stay unchanged;
 * {@code description(null)} clears the description.
 *
 * <pre>{@code
 * client.beta().directories().update(directoryId, DirectoryUpdateParams.builder()
 *         .name("renamed")
 *         .description(null)          // sent as "description": null
 *         .build());
 * }</pre>
 */
public final class DirectoryUpdateParams implements Params {

    private final String directoryId;
    private final String name;
    private final String description;
    private final boolean descriptionSet;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private DirectoryUpdateParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.name = b.name;
        this.description = b.description;
        this.descriptionSet = b.descriptionSet;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static DirectoryUpdateParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
    }

    /** New name; must not be empty. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** New description. */
    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    /** Whether {@code description} is sent; set but empty means it is sent as {@code null}, clearing it. */
    public boolean descriptionIsSet() {
        return descriptionSet;
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
        if (name != null) {
            body.set("name", ObjectMappers.jsonMapper().valueToTree(name));
        }
        if (descriptionSet) {
            body.set("description", ObjectMappers.jsonMapper().valueToTree(description));
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link DirectoryUpdateParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final DirectoryUpdateParams params;

        private Body(DirectoryUpdateParams params) {
            this.params = params;
        }

        public Optional<String> name() {
            return params.name();
        }

        public Optional<String> description() {
            return params.description();
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

    /** The path parameter at {@code index} (in URL order), or {@code ""} when unset or out of range. */
    public String _pathParam(int index) {
        switch (index) {
            case 0:
                return directoryId != null ? directoryId : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.directoryId = directoryId;
        b.name = name;
        b.description = description;
        b.descriptionSet = descriptionSet;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DirectoryUpdateParams)) {
            return false;
        }
        DirectoryUpdateParams other = (DirectoryUpdateParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(name, other.name)
                && Objects.equals(description, other.description)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId)
                && Objects.equals(descriptionSet, other.descriptionSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, name, description, organizationId, projectId, descriptionSet);
    }

    @Override
    public String toString() {
        return "DirectoryUpdateParams{directoryId=" + directoryId
                + ", name=" + name
                + ", description=" + description
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link DirectoryUpdateParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private String name;
        private String description;
        private boolean descriptionSet;
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

        public Builder directoryId(String directoryId) {
            this.directoryId = directoryId;
            return this;
        }

        public Builder directoryId(Optional<String> directoryId) {
            return directoryId(directoryId.orElse(null));
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder name(Optional<String> name) {
            return name(name.orElse(null));
        }

        /** Sets the value; {@code null} sends an explicit {@code null}, which clears it. */
        public Builder description(String description) {
            this.description = description;
            this.descriptionSet = true;
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
        public DirectoryUpdateParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            if (name != null && name.isEmpty()) {
                throw new IllegalArgumentException("name must not be empty");
            }
            return new DirectoryUpdateParams(this);
        }
    }
}
