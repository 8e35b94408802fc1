package com.llamacloud_prod.api.models.beta.attachments;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/attachments/{attachment_name}}: a presigned link to an
 * attachment (e.g. a page screenshot) of a parsed file. The name's {@code /} is sent as {@code %2F}.
 *
 * <pre>{@code
 * PresignedUrl shot = client.beta().attachments().get("screenshots/page_1.jpg",
 *         AttachmentGetParams.builder().sourceId(parsedFileId).build());
 * }</pre>
 */
public final class AttachmentGetParams implements Params {

    private final String attachmentName;
    private final String sourceId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private AttachmentGetParams(Builder b) {
        this.additional = b.additional.build();
        this.attachmentName = b.attachmentName;
        this.sourceId = b.sourceId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code sourceId}. */
    public static Builder builder() {
        return new Builder();
    }

    /** E.g. {@code screenshots/page_1.jpg}; unset when passed positionally. */
    public Optional<String> attachmentName() {
        return Optional.ofNullable(attachmentName);
    }

    /** The parsed directory file ({@code dfl-...}) or its file id. */
    public String sourceId() {
        return sourceId;
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
        if (sourceId != null) {
            query.put("source_id", sourceId);
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
                return attachmentName != null ? attachmentName : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.attachmentName = attachmentName;
        b.sourceId = sourceId;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AttachmentGetParams)) {
            return false;
        }
        AttachmentGetParams other = (AttachmentGetParams) o;
        return additional.equals(other.additional)
                && Objects.equals(attachmentName, other.attachmentName)
                && Objects.equals(sourceId, other.sourceId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, attachmentName, sourceId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "AttachmentGetParams{attachmentName=" + attachmentName
                + ", sourceId=" + sourceId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link AttachmentGetParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String attachmentName;
        private String sourceId;
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

        public Builder attachmentName(String attachmentName) {
            this.attachmentName = attachmentName;
            return this;
        }

        public Builder attachmentName(Optional<String> attachmentName) {
            return attachmentName(attachmentName.orElse(null));
        }

        public Builder sourceId(String sourceId) {
            this.sourceId = sourceId;
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
        public AttachmentGetParams build() {
            if (attachmentName != null && attachmentName.isEmpty()) {
                throw new IllegalArgumentException("attachmentName must not be empty");
            }
            Checks.required("sourceId", sourceId);
            if (sourceId.isEmpty()) {
                throw new IllegalArgumentException("sourceId must not be empty");
            }
            return new AttachmentGetParams(this);
        }
    }
}
