package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/beta/directories/{directory_id}/files/upload}, sent as
 * {@code multipart/form-data}: upload a file and add it to the directory in one call. Metadata travels
 * as a JSON object encoded in a string part.
 *
 * <pre>{@code
 * FileUploadResponse entry = client.beta().directories().files().upload(directoryId, FileUploadParams.builder()
 *         .uploadFile(Path.of("handbook.txt"))
 *         .metadata(Map.of("team", "hr", "year", 2024))    // sent as {"team":"hr","year":2024}
 *         .uniqueId("handbook")
 *         .build());
 * }</pre>
 */
public final class FileUploadParams implements Params {

    private final String directoryId;
    private final MultipartField<InputStream> uploadFile;
    private final String displayName;
    private final String externalFileId;
    private final String metadata;
    private final String uniqueId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileUploadParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.uploadFile = b.uploadFile;
        this.displayName = b.displayName;
        this.externalFileId = b.externalFileId;
        this.metadata = b.metadata;
        this.uniqueId = b.uniqueId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code uploadFile}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
    }

    /** The file part, with its filename. */
    public MultipartField<InputStream> uploadFile() {
        return uploadFile;
    }

    /** Defaults to the filename. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    public Optional<String> externalFileId() {
        return Optional.ofNullable(externalFileId);
    }

    /** User metadata as a JSON object in a string. */
    public Optional<String> metadata() {
        return Optional.ofNullable(metadata);
    }

    /** Defaults to the external file id, else the filename. */
    public Optional<String> uniqueId() {
        return Optional.ofNullable(uniqueId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
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
        b.uploadFile = uploadFile;
        b.displayName = displayName;
        b.externalFileId = externalFileId;
        b.metadata = metadata;
        b.uniqueId = uniqueId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileUploadParams)) {
            return false;
        }
        FileUploadParams other = (FileUploadParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(uploadFile, other.uploadFile)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(externalFileId, other.externalFileId)
                && Objects.equals(metadata, other.metadata)
                && Objects.equals(uniqueId, other.uniqueId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, uploadFile, displayName, externalFileId, metadata, uniqueId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileUploadParams{directoryId=" + directoryId
                + ", uploadFile=" + uploadFile
                + ", displayName=" + displayName
                + ", externalFileId=" + externalFileId
                + ", metadata=" + metadata
                + ", uniqueId=" + uniqueId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileUploadParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private MultipartField<InputStream> uploadFile;
        private String displayName;
        private String externalFileId;
        private String metadata;
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

        public Builder uploadFile(MultipartField<InputStream> uploadFile) {
            this.uploadFile = uploadFile;
            return this;
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder displayName(Optional<String> displayName) {
            return displayName(displayName.orElse(null));
        }

        public Builder externalFileId(String externalFileId) {
            this.externalFileId = externalFileId;
            return this;
        }

        public Builder externalFileId(Optional<String> externalFileId) {
            return externalFileId(externalFileId.orElse(null));
        }

        public Builder metadata(String metadata) {
            this.metadata = metadata;
            return this;
        }

        public Builder metadata(Optional<String> metadata) {
            return metadata(metadata.orElse(null));
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

        /** The file at {@code path}, sent with its own name. */
        public Builder uploadFile(Path path) {
            return uploadFile(MultipartField.of(path));
        }

        /** The stream's content (read fully now), sent as {@code filename}. */
        public Builder uploadFile(InputStream content, String filename) {
            return uploadFile(MultipartField.of(content, filename));
        }

        /** The stream's content (read fully now), sent without a filename: the server names it from {@code displayName}. */
        public Builder uploadFile(InputStream content) {
            return uploadFile(MultipartField.<InputStream>builder().value(content).build());
        }

        /** In-memory content, sent without a filename: the server names it from {@code displayName}. */
        public Builder uploadFile(byte[] content) {
            return uploadFile(MultipartField.<InputStream>builder().bytes(content).build());
        }

        public Builder displayName(MultipartField<String> displayName) {
            return displayName(text("displayName", displayName));
        }

        public Builder externalFileId(MultipartField<String> externalFileId) {
            return externalFileId(text("externalFileId", externalFileId));
        }

        /** A JSON object encoded in a text field. */
        public Builder metadata(MultipartField<String> metadata) {
            return metadata(text("metadata", metadata));
        }

        public Builder uniqueId(MultipartField<String> uniqueId) {
            return uniqueId(text("uniqueId", uniqueId));
        }

        private static String text(String name, MultipartField<String> field) {
            return field.text().orElseThrow(() -> new IllegalArgumentException(name + " must be a text field"));
        }

        /** In-memory content, sent as {@code filename}. */
        public Builder uploadFile(byte[] content, String filename) {
            return uploadFile(MultipartField.of(content, filename));
        }

        /** User metadata, encoded here as the JSON object string the endpoint expects. */
        public Builder metadata(Map<String, ?> metadata) {
            return metadata(metadata == null ? null : ObjectMappers.jsonMapper().valueToTree(metadata).toString());
        }

        /** @throws IllegalStateException if a required field is unset; IllegalArgumentException for an invalid value */
        public FileUploadParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            Checks.required("uploadFile", uploadFile);
            return new FileUploadParams(this);
        }
    }
}
