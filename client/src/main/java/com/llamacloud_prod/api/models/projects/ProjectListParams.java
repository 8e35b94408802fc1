package com.llamacloud_prod.api.models.projects;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/projects}: list the projects the key can access, or find one
 * by exact name.
 *
 * <pre>{@code
 * List<Project> named = client.projects().list(
 *         ProjectListParams.builder().projectName("docs").build());
 * }</pre>
 */
public final class ProjectListParams implements Params {

    private final String organizationId;
    private final String projectName;

    private final AdditionalParams additional;

    private ProjectListParams(Builder b) {
        this.additional = b.additional.build();
        this.organizationId = b.organizationId;
        this.projectName = b.projectName;
    }

    public static ProjectListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectName() {
        return Optional.ofNullable(projectName);
    }

    /** Query parameters in order; unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
        if (organizationId != null) {
            query.put("organization_id", organizationId);
        }
        if (projectName != null) {
            query.put("project_name", projectName);
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
        return new Builder().organizationId(organizationId).projectName(projectName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectListParams
                && additional.equals(((ProjectListParams) o).additional)
                && Objects.equals(organizationId, ((ProjectListParams) o).organizationId)
                && Objects.equals(projectName, ((ProjectListParams) o).projectName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, organizationId, projectName);
    }

    @Override
    public String toString() {
        return "ProjectListParams{organizationId=" + organizationId + ", projectName=" + projectName + ", " + additional + "}";
    }

    /** A builder for {@link ProjectListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String organizationId;
        private String projectName;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        public Builder projectName(String projectName) {
            this.projectName = projectName;
            return this;
        }

        public Builder projectName(Optional<String> projectName) {
            return projectName(projectName.orElse(null));
        }

        public ProjectListParams build() {
            return new ProjectListParams(this);
        }
    }
}
