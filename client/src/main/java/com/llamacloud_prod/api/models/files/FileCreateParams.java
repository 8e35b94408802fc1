package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.MultipartField;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/beta/files}, sent as {@code multipart/form-data}: the file and
 * its purpose ({@code user_data}, {@code parse}, {@code extract}, {@code split}, {@code classify},
 * {@code sheet} or {@code agent_app}; the server rejects others with 422).
 *
 * <pre>{@code
 * FileCreateResponse file = client.files().create(FileCreateParams.builder()
 *         .file(Path.of("report.pdf"))
 *         .purpose("user_data")
 *         .externalFileId("crm-4711")
 *         .build());
 * }</pre>
 */
public final class FileCreateParams {

    private final MultipartField file;
    private final String purpose;
    private final String externalFileId;
    private final String organizationId;
    private final String projectId;

    private FileCreateParams(Builder b) {
        this.file = b.file;
        this.purpose = b.purpose;
        this.externalFileId = b.externalFileId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code file}, {@code purpose}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The file part, with its filename. */
    public MultipartField file() {
        return file;
    }

    /** How the file will be used, e.g. {@code user_data}. */
    public String purpose() {
        return purpose;
    }

    /** The caller's correlation id. */
    public Optional<String> externalFileId() {
        return Optional.ofNullable(externalFileId);
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
        b.file = file;
        b.purpose = purpose;
        b.externalFileId = externalFileId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileCreateParams)) {
            return false;
        }
        FileCreateParams other = (FileCreateParams) o;
        return Objects.equals(file, other.file)
                && Objects.equals(purpose, other.purpose)
                && Objects.equals(externalFileId, other.externalFileId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, purpose, externalFileId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileCreateParams{file=" + file
                + ", purpose=" + purpose
                + ", externalFileId=" + externalFileId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + "}";
    }

    /** A builder for {@link FileCreateParams}. */
    public static final class Builder {
        private MultipartField file;
        private String purpose;
        private String externalFileId;
        private String organizationId;
        private String projectId;

        private Builder() {}

        public Builder file(MultipartField file) {
            this.file = file;
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder externalFileId(String externalFileId) {
            this.externalFileId = externalFileId;
            return this;
        }

        public Builder externalFileId(Optional<String> externalFileId) {
            return externalFileId(externalFileId.orElse(null));
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

        /** The file at {@code path}, sent with its own name. */
        public Builder file(Path path) {
            return file(MultipartField.of(path));
        }

        /** The stream's content (read fully now), sent as {@code filename}. */
        public Builder file(InputStream content, String filename) {
            return file(MultipartField.of(content, filename));
        }

        /** In-memory content, sent as {@code filename}. */
        public Builder file(byte[] content, String filename) {
            return file(MultipartField.of(content, filename));
        }

        /** @throws IllegalStateException if a required field is unset; IllegalArgumentException for an invalid value */
        public FileCreateParams build() {
            Checks.required("file", file);
            Checks.required("purpose", purpose);
            if (purpose.isBlank()) {
                throw new IllegalArgumentException("purpose must not be blank: '" + purpose + "'");
            }
            return new FileCreateParams(this);
        }
    }
}
