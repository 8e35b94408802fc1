package com.llamacloud_prod.api.models.beta.directories;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/directories/{directory_id}}.
 *
 * <pre>{@code
 * DirectoryGetResponse dir = client.beta().directories().get(directoryId);
 * }</pre>
 */
public final class DirectoryGetParams {

    private final String directoryId;
    private final String organizationId;
    private final String projectId;

    private DirectoryGetParams(Builder b) {
        this.directoryId = b.directoryId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static DirectoryGetParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
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
        b.directoryId = directoryId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DirectoryGetParams)) {
            return false;
        }
        DirectoryGetParams other = (DirectoryGetParams) o;
        return Objects.equals(directoryId, other.directoryId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(directoryId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "DirectoryGetParams{directoryId=" + directoryId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + "}";
    }

    /** A builder for {@link DirectoryGetParams}. */
    public static final class Builder {
        private String directoryId;
        private String organizationId;
        private String projectId;

        private Builder() {}

        public Builder directoryId(String directoryId) {
            this.directoryId = directoryId;
            return this;
        }

        public Builder directoryId(Optional<String> directoryId) {
            return directoryId(directoryId.orElse(null));
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
        public DirectoryGetParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            return new DirectoryGetParams(this);
        }
    }
}
