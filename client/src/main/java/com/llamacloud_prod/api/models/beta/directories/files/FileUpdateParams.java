package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code PATCH /api/v1/beta/directories/{directory_id}/files/{directory_file_id}}:
 * unset fields stay unchanged; {@code metadata} replaces the whole user layer.
 *
 * <pre>{@code
 * FileUpdateResponse moved = client.beta().directories().files().update(entryId, FileUpdateParams.builder()
 *         .directoryId(directoryId)
 *         .targetDirectoryId(otherDirectoryId)
 *         .build());
 * }</pre>
 */
public final class FileUpdateParams implements Params {

    private final String directoryId;
    private final String directoryFileId;
    private final String displayName;
    private final Map<String, Object> metadata;
    private final String targetDirectoryId;
    private final String uniqueId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileUpdateParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.directoryFileId = b.directoryFileId;
        this.displayName = b.displayName;
        this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.targetDirectoryId = b.targetDirectoryId;
        this.uniqueId = b.uniqueId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileUpdateParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The containing directory; required. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryFileId() {
        return Optional.ofNullable(directoryFileId);
    }

    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** Replaces the user metadata; an empty map clears it. */
    public Optional<Map<String, Object>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** Moves the entry to this directory of the same project. */
    public Optional<String> targetDirectoryId() {
        return Optional.ofNullable(targetDirectoryId);
    }

    public Optional<String> uniqueId() {
        return Optional.ofNullable(uniqueId);
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
        if (displayName != null) {
            body.set("display_name", ObjectMappers.jsonMapper().valueToTree(displayName));
        }
        if (metadata != null) {
            body.set("metadata", ObjectMappers.jsonMapper().valueToTree(metadata));
        }
        if (targetDirectoryId != null) {
            body.set("target_directory_id", ObjectMappers.jsonMapper().valueToTree(targetDirectoryId));
        }
        if (uniqueId != null) {
            body.set("unique_id", ObjectMappers.jsonMapper().valueToTree(uniqueId));
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link FileUpdateParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final FileUpdateParams params;

        private Body(FileUpdateParams params) {
            this.params = params;
        }

        public Optional<String> displayName() {
            return params.displayName();
        }

        public Optional<Map<String, Object>> metadata() {
            return params.metadata();
        }

        public Optional<String> targetDirectoryId() {
            return params.targetDirectoryId();
        }

        public Optional<String> uniqueId() {
            return params.uniqueId();
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
            case 1:
                return directoryFileId != null ? directoryFileId : "";
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
        b.directoryFileId = directoryFileId;
        b.displayName = displayName;
        b.metadata = metadata;
        b.targetDirectoryId = targetDirectoryId;
        b.uniqueId = uniqueId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileUpdateParams)) {
            return false;
        }
        FileUpdateParams other = (FileUpdateParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(directoryFileId, other.directoryFileId)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(metadata, other.metadata)
                && Objects.equals(targetDirectoryId, other.targetDirectoryId)
                && Objects.equals(uniqueId, other.uniqueId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, directoryFileId, displayName, metadata, targetDirectoryId, uniqueId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileUpdateParams{directoryId=" + directoryId
                + ", directoryFileId=" + directoryFileId
                + ", displayName=" + displayName
                + ", metadata=" + metadata
                + ", targetDirectoryId=" + targetDirectoryId
                + ", uniqueId=" + uniqueId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileUpdateParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private String directoryFileId;
        private String displayName;
        private Map<String, Object> metadata;
        private String targetDirectoryId;
        private String uniqueId;
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

        public Builder directoryFileId(String directoryFileId) {
            this.directoryFileId = directoryFileId;
            return this;
        }

        public Builder directoryFileId(Optional<String> directoryFileId) {
            return directoryFileId(directoryFileId.orElse(null));
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder displayName(Optional<String> displayName) {
            return displayName(displayName.orElse(null));
        }

        /** Replaces the map; null unsets it. Values may be strings, numbers, booleans, lists or null. */
        public Builder metadata(Map<String, ?> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        public Builder putMetadata(String key, Object value) {
            if (metadata == null) {
                metadata = new LinkedHashMap<>();
            }
            metadata.put(key, value);
            return this;
        }

        public Builder targetDirectoryId(String targetDirectoryId) {
            this.targetDirectoryId = targetDirectoryId;
            return this;
        }

        public Builder targetDirectoryId(Optional<String> targetDirectoryId) {
            return targetDirectoryId(targetDirectoryId.orElse(null));
        }

        public Builder uniqueId(String uniqueId) {
            this.uniqueId = uniqueId;
            return this;
        }

        public Builder uniqueId(Optional<String> uniqueId) {
            return uniqueId(uniqueId.orElse(null));
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
        public FileUpdateParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            if (directoryFileId != null && directoryFileId.isEmpty()) {
                throw new IllegalArgumentException("directoryFileId must not be empty");
            }
            return new FileUpdateParams(this);
        }
    }
}
