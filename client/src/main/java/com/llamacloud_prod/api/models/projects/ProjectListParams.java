package com.llamacloud_prod.api.models.projects;

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
public final class ProjectListParams {

    private final String organizationId;
    private final String projectName;

    private ProjectListParams(String organizationId, String projectName) {
        this.organizationId = organizationId;
        this.projectName = projectName;
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

    public Builder toBuilder() {
        return new Builder().organizationId(organizationId).projectName(projectName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProjectListParams
                && Objects.equals(organizationId, ((ProjectListParams) o).organizationId)
                && Objects.equals(projectName, ((ProjectListParams) o).projectName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, projectName);
    }

    @Override
    public String toString() {
        return "ProjectListParams{organizationId=" + organizationId + ", projectName=" + projectName + "}";
    }

    /** A builder for {@link ProjectListParams}. */
    public static final class Builder {
        private String organizationId;
        private String projectName;

        private Builder() {}

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
            return new ProjectListParams(organizationId, projectName);
        }
    }
}
