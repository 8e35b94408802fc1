package com.llamacloud_prod.api.models.beta.indexes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/indexes/{index_id}}.
 *
 * <pre>{@code
 * IndexGetResponse index = client.beta().indexes().get(indexId,
 *         IndexGetParams.builder().addExpand("sync_in_progress").build());
 * }</pre>
 */
public final class IndexGetParams {

    private final String indexId;
    private final List<String> expand;
    private final String organizationId;
    private final String projectId;

    private IndexGetParams(Builder b) {
        this.indexId = b.indexId;
        this.expand = b.expand == null ? null : List.copyOf(b.expand);
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static IndexGetParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> indexId() {
        return Optional.ofNullable(indexId);
    }

    /** Fields to expand, e.g. {@code sync_in_progress}. */
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
    public List<Map.Entry<String, String>> _queryParams() {
        List<Map.Entry<String, String>> query = new ArrayList<>();
        if (expand != null) {
            expand.forEach(v -> query.add(Map.entry("expand", v)));
        }
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
        b.expand = expand;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof IndexGetParams)) {
            return false;
        }
        IndexGetParams other = (IndexGetParams) o;
        return Objects.equals(indexId, other.indexId)
                && Objects.equals(expand, other.expand)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(indexId, expand, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "IndexGetParams{indexId=" + indexId
                + ", expand=" + expand
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + "}";
    }

    /** A builder for {@link IndexGetParams}. */
    public static final class Builder {
        private String indexId;
        private List<String> expand;
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
        public IndexGetParams build() {
            if (indexId != null && indexId.isEmpty()) {
                throw new IllegalArgumentException("indexId must not be empty");
            }
            if (expand != null) {
                for (int i = 0; i < expand.size(); i++) {
                    if (expand.get(i) == null) {
                        throw new IllegalArgumentException("expand[" + i + "] must not be null");
                    }
                }
            }
            return new IndexGetParams(this);
        }
    }
}
