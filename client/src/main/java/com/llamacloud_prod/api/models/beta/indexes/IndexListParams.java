package com.llamacloud_prod.api.models.beta.indexes;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/indexes}. Page tokens are normally handled by
 * {@link IndexListPage#nextPage()} and {@link IndexListPage#autoPager()}.
 *
 * <pre>{@code
 * IndexListPage page = client.beta().indexes().list(IndexListParams.builder()
 *         .sourceDirectoryId(directoryId)
 *         .build());
 * }</pre>
 */
public final class IndexListParams implements Params {

    private final String sourceDirectoryId;
    private final Long pageSize;
    private final String pageToken;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private IndexListParams(Builder b) {
        this.additional = b.additional.build();
        this.sourceDirectoryId = b.sourceDirectoryId;
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static IndexListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Only indexes over this directory. */
    public Optional<String> sourceDirectoryId() {
        return Optional.ofNullable(sourceDirectoryId);
    }

    /** Items per page; the server defaults to 50 and caps at 1000. */
    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
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
        if (sourceDirectoryId != null) {
            query.put("source_directory_id", sourceDirectoryId);
        }
        if (pageSize != null) {
            query.put("page_size", pageSize.toString());
        }
        if (pageToken != null) {
            query.put("page_token", pageToken);
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

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.sourceDirectoryId = sourceDirectoryId;
        b.pageSize = pageSize;
        b.pageToken = pageToken;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndexListParams)) {
            return false;
        }
        IndexListParams other = (IndexListParams) o;
        return additional.equals(other.additional)
                && Objects.equals(sourceDirectoryId, other.sourceDirectoryId)
                && Objects.equals(pageSize, other.pageSize)
                && Objects.equals(pageToken, other.pageToken)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, sourceDirectoryId, pageSize, pageToken, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "IndexListParams{sourceDirectoryId=" + sourceDirectoryId
                + ", pageSize=" + pageSize
                + ", pageToken=" + pageToken
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link IndexListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String sourceDirectoryId;
        private Long pageSize;
        private String pageToken;
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

        public Builder sourceDirectoryId(Optional<String> sourceDirectoryId) {
            return sourceDirectoryId(sourceDirectoryId.orElse(null));
        }

        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder pageSize(Optional<Long> pageSize) {
            return pageSize(pageSize.orElse(null));
        }

        public Builder pageSize(long pageSize) {
            return pageSize((Long) pageSize);
        }

        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public Builder pageToken(Optional<String> pageToken) {
            return pageToken(pageToken.orElse(null));
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
        public IndexListParams build() {
            if (pageSize != null && pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            return new IndexListParams(this);
        }
    }
}
