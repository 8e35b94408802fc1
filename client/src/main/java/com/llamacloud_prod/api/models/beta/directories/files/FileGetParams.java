package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/directories/{directory_id}/files/{directory_file_id}}.
 *
 * <pre>{@code
 * FileGetResponse entry = client.beta().directories().files().get(entryId,
 *         FileGetParams.builder().directoryId(directoryId).addExpand("download_url").build());
 * }</pre>
 */
public final class FileGetParams implements Params {

    private final String directoryId;
    private final String directoryFileId;
    private final List<String> expand;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileGetParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.directoryFileId = b.directoryFileId;
        this.expand = b.expand == null ? null : List.copyOf(b.expand);
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileGetParams none() {
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

    public Optional<List<String>> expand() {
        return Optional.ofNullable(expand);
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
        if (expand != null) {
            expand.forEach(v -> query.put("expand", v));
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
        b.expand = expand;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileGetParams)) {
            return false;
        }
        FileGetParams other = (FileGetParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(directoryFileId, other.directoryFileId)
                && Objects.equals(expand, other.expand)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, directoryFileId, expand, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileGetParams{directoryId=" + directoryId
                + ", directoryFileId=" + directoryFileId
                + ", expand=" + expand
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileGetParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private String directoryFileId;
        private List<String> expand;
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

        /** Replaces the list; null unsets it. */
        public Builder expand(List<String> expand) {
            this.expand = expand == null ? null : new ArrayList<>(expand);
            return this;
        }

        public Builder expand(Optional<List<String>> expand) {
            return expand(expand.orElse(null));
        }

        public Builder addExpand(String expand) {
            if (this.expand == null) {
                this.expand = new ArrayList<>();
            }
            this.expand.add(expand);
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
        public FileGetParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            if (directoryFileId != null && directoryFileId.isEmpty()) {
                throw new IllegalArgumentException("directoryFileId must not be empty");
            }
            if (expand != null) {
                for (int i = 0; i < expand.size(); i++) {
                    if (expand.get(i) == null) {
                        throw new IllegalArgumentException("expand[" + i + "] must not be null");
                    }
                }
            }
            return new FileGetParams(this);
        }
    }
}
