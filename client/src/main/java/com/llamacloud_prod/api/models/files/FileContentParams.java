package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/files/{file_id}/content} under the name LlamaCloud's SDK
 * uses from 1.3 on, where {@code files().get} became {@code files().content}; same fields as
 * {@link FileGetParams}.
 *
 * <pre>{@code
 * PresignedUrl link = client.files().content(fileId, FileContentParams.builder().expiresAtSeconds(600L).build());
 * }</pre>
 */
public final class FileContentParams implements Params {

    private final String fileId;
    private final Long expiresAtSeconds;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileContentParams(Builder b) {
        this.additional = b.additional.build();
        this.fileId = b.fileId;
        this.expiresAtSeconds = b.expiresAtSeconds;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileContentParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
    }

    /** Lifetime of the link; the server defaults to 3600. */
    public Optional<Long> expiresAtSeconds() {
        return Optional.ofNullable(expiresAtSeconds);
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
        if (expiresAtSeconds != null) {
            query.put("expires_at_seconds", expiresAtSeconds.toString());
        }
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
        b.expiresAtSeconds = expiresAtSeconds;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileContentParams)) {
            return false;
        }
        FileContentParams other = (FileContentParams) o;
        return additional.equals(other.additional)
                && Objects.equals(fileId, other.fileId)
                && Objects.equals(expiresAtSeconds, other.expiresAtSeconds)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, fileId, expiresAtSeconds, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileContentParams{fileId=" + fileId
                + ", expiresAtSeconds=" + expiresAtSeconds
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileContentParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String fileId;
        private Long expiresAtSeconds;
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

        public Builder expiresAtSeconds(Long expiresAtSeconds) {
            this.expiresAtSeconds = expiresAtSeconds;
            return this;
        }

        public Builder expiresAtSeconds(Optional<Long> expiresAtSeconds) {
            return expiresAtSeconds(expiresAtSeconds.orElse(null));
        }

        public Builder expiresAtSeconds(long expiresAtSeconds) {
            return expiresAtSeconds((Long) expiresAtSeconds);
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
        public FileContentParams build() {
            if (fileId != null && fileId.isEmpty()) {
                throw new IllegalArgumentException("fileId must not be empty");
            }
            if (expiresAtSeconds != null && expiresAtSeconds < 1) {
                throw new IllegalArgumentException("expiresAtSeconds must be >= 1: " + expiresAtSeconds);
            }
            return new FileContentParams(this);
        }
    }
}
