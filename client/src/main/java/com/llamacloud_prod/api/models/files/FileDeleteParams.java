package com.llamacloud_prod.api.models.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code DELETE /api/v1/beta/files/{file_id}}.
 *
 * <pre>{@code
 * client.files().delete(fileId);
 * }</pre>
 */
public final class FileDeleteParams {

    private final String fileId;
    private final String organizationId;
    private final String projectId;

    private FileDeleteParams(Builder b) {
        this.fileId = b.fileId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileDeleteParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
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
        b.fileId = fileId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileDeleteParams)) {
            return false;
        }
        FileDeleteParams other = (FileDeleteParams) o;
        return Objects.equals(fileId, other.fileId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileDeleteParams{fileId=" + fileId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + "}";
    }

    /** A builder for {@link FileDeleteParams}. */
    public static final class Builder {
        private String fileId;
        private String organizationId;
        private String projectId;

        private Builder() {}

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        public Builder fileId(Optional<String> fileId) {
            return fileId(fileId.orElse(null));
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
        public FileDeleteParams build() {
            if (fileId != null && fileId.isEmpty()) {
                throw new IllegalArgumentException("fileId must not be empty");
            }
            return new FileDeleteParams(this);
        }
    }
}
