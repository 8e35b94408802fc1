package com.llamacloud_prod.api.models.projects;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/projects/{project_id}}.
 *
 * <pre>{@code
 * Project project = client.projects().get(ProjectGetParams.builder().projectId(id).build());
 * }</pre>
 */
public final class ProjectGetParams {

    private final String projectId;
    private final String organizationId;

    private ProjectGetParams(String projectId, String organizationId) {
        this.projectId = projectId;
        this.organizationId = organizationId;
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

    public Builder toBuilder() {
        return new Builder().projectId(projectId).organizationId(organizationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectGetParams
                && Objects.equals(projectId, ((ProjectGetParams) o).projectId)
                && Objects.equals(organizationId, ((ProjectGetParams) o).organizationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId, organizationId);
    }

    @Override
    public String toString() {
        return "ProjectGetParams{projectId=" + projectId + ", organizationId=" + organizationId + "}";
    }

    /** A builder for {@link ProjectGetParams}. */
    public static final class Builder {
        private String projectId;
        private String organizationId;

        private Builder() {}

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
            return new ProjectGetParams(projectId, organizationId);
        }
    }
}
