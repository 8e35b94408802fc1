package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/files}: filters, order and page size. Page tokens are
 * normally handled by {@link FileListPage#nextPage()} and {@link FileListPage#autoPager()}.
 *
 * <pre>{@code
 * FileListPage page = client.files().list(FileListParams.builder()
 *         .addFileId(a).addFileId(b)       // file_ids=a&file_ids=b
 *         .orderBy("name")
 *         .pageSize(20L)
 *         .build());
 * }</pre>
 */
public final class FileListParams implements Params {

    private final List<String> expand;
    private final String externalFileId;
    private final List<String> fileIds;
    private final String fileName;
    private final String orderBy;
    private final Long pageSize;
    private final String pageToken;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private FileListParams(Builder b) {
        this.additional = b.additional.build();
        this.expand = b.expand == null ? null : List.copyOf(b.expand);
        this.externalFileId = b.externalFileId;
        this.fileIds = b.fileIds == null ? null : List.copyOf(b.fileIds);
        this.fileName = b.fileName;
        this.orderBy = b.orderBy;
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

    /** Fields to expand, e.g. {@code download_url}. */
    public Optional<List<String>> expand() {
        return Optional.ofNullable(expand);
    }

    public Optional<String> externalFileId() {
        return Optional.ofNullable(externalFileId);
    }

    /** Only these file ids (sent as repeated keys). */
    public Optional<List<String>> fileIds() {
        return Optional.ofNullable(fileIds);
    }

    /** Exact file name. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** {@code name}, {@code id} or {@code created_at} (newest first, the default). */
    public Optional<String> orderBy() {
        return Optional.ofNullable(orderBy);
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
        if (expand != null) {
            expand.forEach(v -> query.put("expand", v));
        }
        if (externalFileId != null) {
            query.put("external_file_id", externalFileId);
        }
        if (fileIds != null) {
            fileIds.forEach(v -> query.put("file_ids", v));
        }
        if (fileName != null) {
            query.put("file_name", fileName);
        }
        if (orderBy != null) {
            query.put("order_by", orderBy);
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

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.expand = expand;
        b.externalFileId = externalFileId;
        b.fileIds = fileIds;
        b.fileName = fileName;
        b.orderBy = orderBy;
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
                && Objects.equals(expand, other.expand)
                && Objects.equals(externalFileId, other.externalFileId)
                && Objects.equals(fileIds, other.fileIds)
                && Objects.equals(fileName, other.fileName)
                && Objects.equals(orderBy, other.orderBy)
                && Objects.equals(pageSize, other.pageSize)
                && Objects.equals(pageToken, other.pageToken)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, expand, externalFileId, fileIds, fileName, orderBy, pageSize, pageToken, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "FileListParams{expand=" + expand
                + ", externalFileId=" + externalFileId
                + ", fileIds=" + fileIds
                + ", fileName=" + fileName
                + ", orderBy=" + orderBy
                + ", pageSize=" + pageSize
                + ", pageToken=" + pageToken
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link FileListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private List<String> expand;
        private String externalFileId;
        private List<String> fileIds;
        private String fileName;
        private String orderBy;
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

        public Builder externalFileId(String externalFileId) {
            this.externalFileId = externalFileId;
            return this;
        }

        public Builder externalFileId(Optional<String> externalFileId) {
            return externalFileId(externalFileId.orElse(null));
        }

        /** Replaces the list; null unsets it. */
        public Builder fileIds(List<String> fileIds) {
            this.fileIds = fileIds == null ? null : new ArrayList<>(fileIds);
            return this;
        }

        public Builder fileIds(Optional<List<String>> fileIds) {
            return fileIds(fileIds.orElse(null));
        }

        public Builder addFileId(String fileId) {
            if (this.fileIds == null) {
                this.fileIds = new ArrayList<>();
            }
            this.fileIds.add(fileId);
            return this;
        }

        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        public Builder fileName(Optional<String> fileName) {
            return fileName(fileName.orElse(null));
        }

        public Builder orderBy(String orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        public Builder orderBy(Optional<String> orderBy) {
            return orderBy(orderBy.orElse(null));
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
            if (expand != null) {
                for (int i = 0; i < expand.size(); i++) {
                    if (expand.get(i) == null) {
                        throw new IllegalArgumentException("expand[" + i + "] must not be null");
                    }
                }
            }
            if (fileIds != null) {
                for (int i = 0; i < fileIds.size(); i++) {
                    if (fileIds.get(i) == null) {
                        throw new IllegalArgumentException("fileIds[" + i + "] must not be null");
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
