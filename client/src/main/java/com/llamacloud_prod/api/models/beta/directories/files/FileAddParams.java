package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/beta/directories/{directory_id}/files}: put an uploaded file into a
 * directory. An entry with the same {@code unique_id} is replaced in place (same id).
 *
 * <pre>{@code
 * FileAddResponse entry = client.beta().directories().files().add(directoryId, FileAddParams.builder()
 *         .fileId(file.id())
 *         .putMetadata("team", "legal")
 *         .build());
 * }</pre>
 */
public final class FileAddParams implements Params {

    private final String directoryId;
    private final String fileId;
    private final String displayName;
    private final Map<String, Object> metadata;
    private final String uniqueId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileAddParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.fileId = b.fileId;
        this.displayName = b.displayName;
        this.metadata = b.metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(b.metadata));
        this.uniqueId = b.uniqueId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code fileId}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
    }

    /** A file of the project (see {@code client.files()}). */
    public String fileId() {
        return fileId;
    }

    /** Defaults to the file's name. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** User metadata: strings, numbers, booleans, lists of those, or null. */
    public Optional<Map<String, Object>> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** Defaults to the file's external id, else its name. */
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
        body.set("file_id", ObjectMappers.jsonMapper().valueToTree(fileId));
        if (displayName != null) {
            body.set("display_name", ObjectMappers.jsonMapper().valueToTree(displayName));
        }
        if (metadata != null) {
            body.set("metadata", ObjectMappers.jsonMapper().valueToTree(metadata));
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
     * The JSON body of {@link FileAddParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final FileAddParams params;

        private Body(FileAddParams params) {
            this.params = params;
        }

        public String fileId() {
            return params.fileId();
        }

        public Optional<String> displayName() {
            return params.displayName();
        }

        public Optional<Map<String, Object>> metadata() {
            return params.metadata();
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
        b.fileId = fileId;
        b.displayName = displayName;
        b.metadata = metadata;
        b.uniqueId = uniqueId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileAddParams)) {
            return false;
        }
        FileAddParams other = (FileAddParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(fileId, other.fileId)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(metadata, other.metadata)
                && Objects.equals(uniqueId, other.uniqueId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, fileId, displayName, metadata, uniqueId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileAddParams{directoryId=" + directoryId
                + ", fileId=" + fileId
                + ", displayName=" + displayName
                + ", metadata=" + metadata
                + ", uniqueId=" + uniqueId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileAddParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private String fileId;
        private String displayName;
        private Map<String, Object> metadata;
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

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
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
        public FileAddParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            Checks.required("fileId", fileId);
            return new FileAddParams(this);
        }
    }
}
