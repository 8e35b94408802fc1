package com.llamacloud_prod.api.models.projects;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/projects/{project_id}}.
 *
 * <pre>{@code
 * Project project = client.projects().get(ProjectGetParams.builder().projectId(id).build());
 * }</pre>
 */
public final class ProjectGetParams implements Params {

    private final String projectId;
    private final String organizationId;

    private final AdditionalParams additional;

    private ProjectGetParams(Builder b) {
        this.additional = b.additional.build();
        this.projectId = b.projectId;
        this.organizationId = b.organizationId;
    }

    public static ProjectGetParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The path parameter; unset when passed positionally, e.g. {@code get(projectId, params)}. */
    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** Query parameters in order; unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
        if (organizationId != null) {
            query.put("organization_id", organizationId);
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
                return projectId != null ? projectId : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        return new Builder().projectId(projectId).organizationId(organizationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectGetParams
                && additional.equals(((ProjectGetParams) o).additional)
                && Objects.equals(projectId, ((ProjectGetParams) o).projectId)
                && Objects.equals(organizationId, ((ProjectGetParams) o).organizationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, projectId, organizationId);
    }

    @Override
    public String toString() {
        return "ProjectGetParams{projectId=" + projectId + ", organizationId=" + organizationId + ", " + additional + "}";
    }

    /** A builder for {@link ProjectGetParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String projectId;
        private String organizationId;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder projectId(Optional<String> projectId) {
            return projectId(projectId.orElse(null));
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        /** @throws IllegalArgumentException if {@code projectId} is set but empty */
        public ProjectGetParams build() {
            if (projectId != null && projectId.isEmpty()) {
                throw new IllegalArgumentException("projectId must not be empty");
            }
            return new ProjectGetParams(this);
        }
    }
}
