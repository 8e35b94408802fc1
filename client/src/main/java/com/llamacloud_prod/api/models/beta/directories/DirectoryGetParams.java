package com.llamacloud_prod.api.models.beta.directories;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/directories/{directory_id}}.
 *
 * <pre>{@code
 * DirectoryGetResponse dir = client.beta().directories().get(directoryId);
 * }</pre>
 */
public final class DirectoryGetParams implements Params {

    private final String directoryId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private DirectoryGetParams(Builder b) {
        this.additional = b.additional.build();
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

    /** The path parameter at {@code index} (in URL order), or {@code ""} when unset or out of range. */
    public String _pathParam(int index) {
        switch (index) {
            case 0:
                return directoryId != null ? directoryId : "";
            default:
                return "";
        }
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
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
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "DirectoryGetParams{directoryId=" + directoryId
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link DirectoryGetParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
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
