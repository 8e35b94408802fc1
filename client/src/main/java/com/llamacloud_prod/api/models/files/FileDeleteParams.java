package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code DELETE /api/v1/beta/files/{file_id}}.
 *
 * <pre>{@code
 * client.files().delete(fileId);
 * }</pre>
 */
public final class FileDeleteParams implements Params {

    private final String fileId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileDeleteParams(Builder b) {
        this.additional = b.additional.build();
        this.fileId = b.fileId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileDeleteParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
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
                return fileId != null ? fileId : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.fileId = fileId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileDeleteParams)) {
            return false;
        }
        FileDeleteParams other = (FileDeleteParams) o;
        return additional.equals(other.additional)
                && Objects.equals(fileId, other.fileId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, fileId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileDeleteParams{fileId=" + fileId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileDeleteParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String fileId;
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

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        public Builder fileId(Optional<String> fileId) {
            return fileId(fileId.orElse(null));
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
        public FileDeleteParams build() {
            if (fileId != null && fileId.isEmpty()) {
                throw new IllegalArgumentException("fileId must not be empty");
            }
            return new FileDeleteParams(this);
        }
    }
}
