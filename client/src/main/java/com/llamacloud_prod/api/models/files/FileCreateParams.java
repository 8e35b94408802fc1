package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.MultipartField;
import java.io.InputStream;
import java.nio.file.Path;
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
public final class FileCreateParams implements Params {

    private final MultipartField<InputStream> file;
    private final String purpose;
    private final String externalFileId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileCreateParams(Builder b) {
        this.additional = b.additional.build();
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
    public MultipartField<InputStream> file() {
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
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
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

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
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
        return additional.equals(other.additional)
                && Objects.equals(file, other.file)
                && Objects.equals(purpose, other.purpose)
                && Objects.equals(externalFileId, other.externalFileId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, file, purpose, externalFileId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileCreateParams{file=" + file
                + ", purpose=" + purpose
                + ", externalFileId=" + externalFileId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileCreateParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private MultipartField<InputStream> file;
        private String purpose;
        private String externalFileId;
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

        public Builder file(MultipartField<InputStream> file) {
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
        /** The stream's content (read fully now), sent without a filename, as LlamaCloud's SDK does. */
        public Builder file(InputStream content) {
            return file(MultipartField.<InputStream>builder().value(content).build());
        }

        /** In-memory content, sent without a filename. */
        public Builder file(byte[] content) {
            return file(MultipartField.<InputStream>builder().bytes(content).build());
        }

        /** The text of {@code purpose}; its content type and filename are not sent. */
        public Builder purpose(MultipartField<String> purpose) {
            return purpose(purpose.text().orElseThrow(() -> new IllegalArgumentException("purpose must be a text field")));
        }

        public Builder externalFileId(MultipartField<String> externalFileId) {
            return externalFileId(externalFileId.text().orElseThrow(
                    () -> new IllegalArgumentException("externalFileId must be a text field")));
        }

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
