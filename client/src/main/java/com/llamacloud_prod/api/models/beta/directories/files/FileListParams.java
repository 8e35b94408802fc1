package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/directories/{directory_id}/files}: filters and page size.
 * This is also the way to look an entry up by {@code unique_id}.
 *
 * <pre>{@code
 * FileListPage page = client.beta().directories().files().list(directoryId, FileListParams.builder()
 *         .uniqueId("handbook")
 *         .build());
 * }</pre>
 */
public final class FileListParams implements Params {

    private final String directoryId;
    private final String displayName;
    private final String displayNameContains;
    private final List<String> expand;
    private final String fileId;
    private final Boolean includeDeleted;
    private final String uniqueId;
    private final OffsetDateTime updatedAtOnOrAfter;
    private final OffsetDateTime updatedAtOnOrBefore;
    private final Long pageSize;
    private final String pageToken;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileListParams(Builder b) {
        this.additional = b.additional.build();
        this.directoryId = b.directoryId;
        this.displayName = b.displayName;
        this.displayNameContains = b.displayNameContains;
        this.expand = b.expand == null ? null : List.copyOf(b.expand);
        this.fileId = b.fileId;
        this.includeDeleted = b.includeDeleted;
        this.uniqueId = b.uniqueId;
        this.updatedAtOnOrAfter = b.updatedAtOnOrAfter;
        this.updatedAtOnOrBefore = b.updatedAtOnOrBefore;
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static FileListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Path parameter; unset when passed positionally, e.g. {@code call(id, params)}. */
    public Optional<String> directoryId() {
        return Optional.ofNullable(directoryId);
    }

    /** Exact display name. */
    public Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    /** Case-insensitive substring of the display name. */
    public Optional<String> displayNameContains() {
        return Optional.ofNullable(displayNameContains);
    }

    /** Fields to expand, e.g. {@code download_url}. */
    public Optional<List<String>> expand() {
        return Optional.ofNullable(expand);
    }

    public Optional<String> fileId() {
        return Optional.ofNullable(fileId);
    }

    public Optional<Boolean> includeDeleted() {
        return Optional.ofNullable(includeDeleted);
    }

    public Optional<String> uniqueId() {
        return Optional.ofNullable(uniqueId);
    }

    public Optional<OffsetDateTime> updatedAtOnOrAfter() {
        return Optional.ofNullable(updatedAtOnOrAfter);
    }

    public Optional<OffsetDateTime> updatedAtOnOrBefore() {
        return Optional.ofNullable(updatedAtOnOrBefore);
    }

    /** Items per page; the server defaults to 50 and caps at 1000. */
    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
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
        if (displayName != null) {
            query.put("display_name", displayName);
        }
        if (displayNameContains != null) {
            query.put("display_name_contains", displayNameContains);
        }
        if (expand != null) {
            expand.forEach(v -> query.put("expand", v));
        }
        if (fileId != null) {
            query.put("file_id", fileId);
        }
        if (includeDeleted != null) {
            query.put("include_deleted", includeDeleted.toString());
        }
        if (uniqueId != null) {
            query.put("unique_id", uniqueId);
        }
        if (updatedAtOnOrAfter != null) {
            query.put("updated_at_on_or_after", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updatedAtOnOrAfter));
        }
        if (updatedAtOnOrBefore != null) {
            query.put("updated_at_on_or_before", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(updatedAtOnOrBefore));
        }
        if (pageSize != null) {
            query.put("page_size", pageSize.toString());
        }
        if (pageToken != null) {
            query.put("page_token", pageToken);
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
        b.displayName = displayName;
        b.displayNameContains = displayNameContains;
        b.expand = expand;
        b.fileId = fileId;
        b.includeDeleted = includeDeleted;
        b.uniqueId = uniqueId;
        b.updatedAtOnOrAfter = updatedAtOnOrAfter;
        b.updatedAtOnOrBefore = updatedAtOnOrBefore;
        b.pageSize = pageSize;
        b.pageToken = pageToken;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileListParams)) {
            return false;
        }
        FileListParams other = (FileListParams) o;
        return additional.equals(other.additional)
                && Objects.equals(directoryId, other.directoryId)
                && Objects.equals(displayName, other.displayName)
                && Objects.equals(displayNameContains, other.displayNameContains)
                && Objects.equals(expand, other.expand)
                && Objects.equals(fileId, other.fileId)
                && Objects.equals(includeDeleted, other.includeDeleted)
                && Objects.equals(uniqueId, other.uniqueId)
                && Objects.equals(updatedAtOnOrAfter, other.updatedAtOnOrAfter)
                && Objects.equals(updatedAtOnOrBefore, other.updatedAtOnOrBefore)
                && Objects.equals(pageSize, other.pageSize)
                && Objects.equals(pageToken, other.pageToken)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, directoryId, displayName, displayNameContains, expand, fileId, includeDeleted, uniqueId, updatedAtOnOrAfter, updatedAtOnOrBefore, pageSize, pageToken, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileListParams{directoryId=" + directoryId
                + ", displayName=" + displayName
                + ", displayNameContains=" + displayNameContains
                + ", expand=" + expand
                + ", fileId=" + fileId
                + ", includeDeleted=" + includeDeleted
                + ", uniqueId=" + uniqueId
                + ", updatedAtOnOrAfter=" + updatedAtOnOrAfter
                + ", updatedAtOnOrBefore=" + updatedAtOnOrBefore
                + ", pageSize=" + pageSize
                + ", pageToken=" + pageToken
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String directoryId;
        private String displayName;
        private String displayNameContains;
        private List<String> expand;
        private String fileId;
        private Boolean includeDeleted;
        private String uniqueId;
        private OffsetDateTime updatedAtOnOrAfter;
        private OffsetDateTime updatedAtOnOrBefore;
        private Long pageSize;
        private String pageToken;
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

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder displayName(Optional<String> displayName) {
            return displayName(displayName.orElse(null));
        }

        public Builder displayNameContains(String displayNameContains) {
            this.displayNameContains = displayNameContains;
            return this;
        }

        public Builder displayNameContains(Optional<String> displayNameContains) {
            return displayNameContains(displayNameContains.orElse(null));
        }

        /** Replaces the list; null unsets it. */
        public Builder expand(List<String> expand) {
            this.expand = expand == null ? null : new ArrayList<>(expand);
            return this;
        }

        public Builder expand(Optional<List<String>> expand) {
            return expand(expand.orElse(null));
        }

        public Builder addExpand(String expand) {
            if (this.expand == null) {
                this.expand = new ArrayList<>();
            }
            this.expand.add(expand);
            return this;
        }

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        public Builder fileId(Optional<String> fileId) {
            return fileId(fileId.orElse(null));
        }

        public Builder includeDeleted(Boolean includeDeleted) {
            this.includeDeleted = includeDeleted;
            return this;
        }

        public Builder includeDeleted(Optional<Boolean> includeDeleted) {
            return includeDeleted(includeDeleted.orElse(null));
        }

        public Builder includeDeleted(boolean includeDeleted) {
            return includeDeleted((Boolean) includeDeleted);
        }

        public Builder uniqueId(String uniqueId) {
            this.uniqueId = uniqueId;
            return this;
        }

        public Builder uniqueId(Optional<String> uniqueId) {
            return uniqueId(uniqueId.orElse(null));
        }

        public Builder updatedAtOnOrAfter(OffsetDateTime updatedAtOnOrAfter) {
            this.updatedAtOnOrAfter = updatedAtOnOrAfter;
            return this;
        }

        public Builder updatedAtOnOrAfter(Optional<OffsetDateTime> updatedAtOnOrAfter) {
            return updatedAtOnOrAfter(updatedAtOnOrAfter.orElse(null));
        }

        public Builder updatedAtOnOrBefore(OffsetDateTime updatedAtOnOrBefore) {
            this.updatedAtOnOrBefore = updatedAtOnOrBefore;
            return this;
        }

        public Builder updatedAtOnOrBefore(Optional<OffsetDateTime> updatedAtOnOrBefore) {
            return updatedAtOnOrBefore(updatedAtOnOrBefore.orElse(null));
        }

        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder pageSize(Optional<Long> pageSize) {
            return pageSize(pageSize.orElse(null));
        }

        public Builder pageSize(long pageSize) {
            return pageSize((Long) pageSize);
        }

        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public Builder pageToken(Optional<String> pageToken) {
            return pageToken(pageToken.orElse(null));
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
        public FileListParams build() {
            if (directoryId != null && directoryId.isEmpty()) {
                throw new IllegalArgumentException("directoryId must not be empty");
            }
            if (expand != null) {
                for (int i = 0; i < expand.size(); i++) {
                    if (expand.get(i) == null) {
                        throw new IllegalArgumentException("expand[" + i + "] must not be null");
                    }
                }
            }
            if (pageSize != null && pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            return new FileListParams(this);
        }
    }
}
