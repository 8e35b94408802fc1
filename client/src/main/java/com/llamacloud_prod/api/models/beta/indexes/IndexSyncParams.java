package com.llamacloud_prod.api.models.beta.indexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/indexes/{index_id}/sync} (sent without a body).
 *
 * <pre>{@code
 * client.beta().indexes().sync(indexId);
 * }</pre>
 */
public final class IndexSyncParams {

    private final String indexId;
    private final String organizationId;
    private final String projectId;

    private IndexSyncParams(Builder b) {
        this.indexId = b.indexId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static IndexSyncParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> indexId() {
        return Optional.ofNullable(indexId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Query parameters in order; arrays as repeated keys, unset ones left out. */
    public List<Map.Entry<String, String>> _queryParams() {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (organizationId != null) {
            query.add(Map.entry("organization_id", organizationId));
        }
        if (projectId != null) {
            query.add(Map.entry("project_id", projectId));
        }
        return query;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.indexId = indexId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndexSyncParams)) {
            return false;
        }
        IndexSyncParams other = (IndexSyncParams) o;
        return Objects.equals(indexId, other.indexId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "IndexSyncParams{indexId=" + indexId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + "}";
    }

    /** A builder for {@link IndexSyncParams}. */
    public static final class Builder {
        private String indexId;
        private String organizationId;
        private String projectId;

        private Builder() {}

        public Builder indexId(String indexId) {
            this.indexId = indexId;
            return this;
        }

        public Builder indexId(Optional<String> indexId) {
            return indexId(indexId.orElse(null));
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
        public IndexSyncParams build() {
            if (indexId != null && indexId.isEmpty()) {
                throw new IllegalArgumentException("indexId must not be empty");
            }
            return new IndexSyncParams(this);
        }
    }
}
