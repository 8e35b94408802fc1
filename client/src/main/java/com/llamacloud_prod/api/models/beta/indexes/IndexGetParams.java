package com.llamacloud_prod.api.models.beta.indexes;

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
 * Parameters of {@code GET /api/v1/indexes/{index_id}}.
 *
 * <pre>{@code
 * IndexGetResponse index = client.beta().indexes().get(indexId,
 *         IndexGetParams.builder().addExpand("sync_in_progress").build());
 * }</pre>
 */
public final class IndexGetParams implements Params {

    private final String indexId;
    private final List<String> expand;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private IndexGetParams(Builder b) {
        this.additional = b.additional.build();
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
                return indexId != null ? indexId : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
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
        return additional.equals(other.additional)
                && Objects.equals(indexId, other.indexId)
                && Objects.equals(expand, other.expand)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, indexId, expand, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "IndexGetParams{indexId=" + indexId
                + ", expand=" + expand
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link IndexGetParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String indexId;
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
