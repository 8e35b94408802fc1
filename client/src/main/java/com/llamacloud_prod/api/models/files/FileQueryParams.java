package com.llamacloud_prod.api.models.files;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of the deprecated {@code POST /api/v1/beta/files/query}: the filters of the file list
 * in a JSON body. Prefer {@code files().list(...)}, which pages automatically.
 *
 * <pre>{@code
 * FileQueryResponse page = client.files().query(FileQueryParams.builder()
 *         .filter(FileQueryParams.Filter.builder().fileName("report.pdf").build())
 *         .orderBy("name")
 *         .pageSize(20L)
 *         .build());
 * }</pre>
 */
public final class FileQueryParams implements Params {

    private final String organizationId;
    private final String projectId;
    private final Filter filter;
    private final String orderBy;
    private final Long pageSize;
    private final String pageToken;
    private final AdditionalParams additional;

    private FileQueryParams(Builder b) {
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
        this.filter = b.filter;
        this.orderBy = b.orderBy;
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.additional = b.additional.build();
    }

    /** No filter: the first page of the project's files. */
    public static FileQueryParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    public Optional<Filter> filter() {
        return Optional.ofNullable(filter);
    }

    /** {@code name}, {@code id} or {@code created_at}. */
    public Optional<String> orderBy() {
        return Optional.ofNullable(orderBy);
    }

    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    /** The {@code next_page_token} of the previous page. */
    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    /** SDK-internal: the JSON body as sent: set fields only, then the additional body properties. */
    public ObjectNode _bodyJson() {
        ObjectNode body = ObjectMappers.jsonMapper().createObjectNode();
        if (filter != null) {
            body.set("filter", filter.toJson());
        }
        if (orderBy != null) {
            body.put("order_by", orderBy);
        }
        if (pageSize != null) {
            body.put("page_size", pageSize);
        }
        if (pageToken != null) {
            body.put("page_token", pageToken);
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link FileQueryParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final FileQueryParams params;

        private Body(FileQueryParams params) {
            this.params = params;
        }

        public Optional<Filter> filter() {
            return params.filter();
        }

        public Optional<String> orderBy() {
            return params.orderBy();
        }

        public Optional<Long> pageSize() {
            return params.pageSize();
        }

        public Optional<String> pageToken() {
            return params.pageToken();
        }

        public Map<String, JsonValue> _additionalProperties() {
            return params._additionalBodyProperties();
        }

        /** The body as sent (serialized as this JSON). */
        @com.fasterxml.jackson.annotation.JsonValue
        public ObjectNode _json() {
            return params._bodyJson();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Body && _json().equals(((Body) o)._json());
        }

        @Override
        public int hashCode() {
            return _json().hashCode();
        }

        @Override
        public String toString() {
            return "Body" + _json();
        }
    }

    public Map<String, JsonValue> _additionalBodyProperties() {
        return additional.bodyProperties();
    }

    @Override
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

    @Override
    public Headers _headers() {
        return additional.headers();
    }

    public Headers _additionalHeaders() {
        return additional.headers();
    }

    public QueryParams _additionalQueryParams() {
        return additional.queryParams();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.organizationId = organizationId;
        b.projectId = projectId;
        b.filter = filter;
        b.orderBy = orderBy;
        b.pageSize = pageSize;
        b.pageToken = pageToken;
        b.additional = additional.toBuilder();
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof FileQueryParams)) {
            return false;
        }
        FileQueryParams other = (FileQueryParams) o;
        return Objects.equals(organizationId, other.organizationId) && Objects.equals(projectId, other.projectId)
                && Objects.equals(filter, other.filter) && Objects.equals(orderBy, other.orderBy)
                && Objects.equals(pageSize, other.pageSize) && Objects.equals(pageToken, other.pageToken)
                && additional.equals(other.additional);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organizationId, projectId, filter, orderBy, pageSize, pageToken, additional);
    }

    @Override
    public String toString() {
        return "FileQueryParams{organizationId=" + organizationId + ", projectId=" + projectId + ", filter=" + filter
                + ", orderBy=" + orderBy + ", pageSize=" + pageSize + ", pageToken=" + pageToken + ", " + additional + "}";
    }

    /** A builder for {@link FileQueryParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private String organizationId;
        private String projectId;
        private Filter filter;
        private String orderBy;
        private Long pageSize;
        private String pageToken;
        private AdditionalParams.Builder additional = AdditionalParams.builder();

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
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

        public Builder filter(Filter filter) {
            this.filter = filter;
            return this;
        }

        public Builder filter(Optional<Filter> filter) {
            return filter(filter.orElse(null));
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

        public Builder pageSize(long pageSize) {
            return pageSize((Long) pageSize);
        }

        public Builder pageSize(Optional<Long> pageSize) {
            return pageSize(pageSize.orElse(null));
        }

        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public Builder pageToken(Optional<String> pageToken) {
            return pageToken(pageToken.orElse(null));
        }

        /** @throws IllegalArgumentException if {@code pageSize} is not positive */
        public FileQueryParams build() {
            if (pageSize != null && pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            return new FileQueryParams(this);
        }
    }

    /** The filters of a file query; all set ones must match. */
    public static final class Filter {
        private final String dataSourceId;
        private final String externalFileId;
        private final List<String> fileIds;
        private final String fileName;
        private final Boolean onlyManuallyUploaded;
        private final String projectId;

        private Filter(Builder b) {
            this.dataSourceId = b.dataSourceId;
            this.externalFileId = b.externalFileId;
            this.fileIds = b.fileIds == null ? null : List.copyOf(b.fileIds);
            this.fileName = b.fileName;
            this.onlyManuallyUploaded = b.onlyManuallyUploaded;
            this.projectId = b.projectId;
        }

        public static Builder builder() {
            return new Builder();
        }

        public Optional<String> dataSourceId() {
            return Optional.ofNullable(dataSourceId);
        }

        public Optional<String> externalFileId() {
            return Optional.ofNullable(externalFileId);
        }

        public Optional<List<String>> fileIds() {
            return Optional.ofNullable(fileIds);
        }

        public Optional<String> fileName() {
            return Optional.ofNullable(fileName);
        }

        public Optional<Boolean> onlyManuallyUploaded() {
            return Optional.ofNullable(onlyManuallyUploaded);
        }

        public Optional<String> projectId() {
            return Optional.ofNullable(projectId);
        }

        ObjectNode toJson() {
            ObjectNode json = ObjectMappers.jsonMapper().createObjectNode();
            if (dataSourceId != null) {
                json.put("data_source_id", dataSourceId);
            }
            if (externalFileId != null) {
                json.put("external_file_id", externalFileId);
            }
            if (fileIds != null) {
                fileIds.forEach(json.putArray("file_ids")::add);
            }
            if (fileName != null) {
                json.put("file_name", fileName);
            }
            if (onlyManuallyUploaded != null) {
                json.put("only_manually_uploaded", onlyManuallyUploaded);
            }
            if (projectId != null) {
                json.put("project_id", projectId);
            }
            return json;
        }

        public Builder toBuilder() {
            Builder b = new Builder();
            b.dataSourceId = dataSourceId;
            b.externalFileId = externalFileId;
            b.fileIds = fileIds == null ? null : new ArrayList<>(fileIds);
            b.fileName = fileName;
            b.onlyManuallyUploaded = onlyManuallyUploaded;
            b.projectId = projectId;
            return b;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filter && toJson().equals(((Filter) o).toJson());
        }

        @Override
        public int hashCode() {
            return toJson().hashCode();
        }

        @Override
        public String toString() {
            return "Filter" + toJson();
        }

        /** A builder for {@link Filter}. */
        public static final class Builder {
            private String dataSourceId;
            private String externalFileId;
            private List<String> fileIds;
            private String fileName;
            private Boolean onlyManuallyUploaded;
            private String projectId;

            private Builder() {}

            public Builder dataSourceId(String dataSourceId) {
                this.dataSourceId = dataSourceId;
                return this;
            }

            public Builder externalFileId(String externalFileId) {
                this.externalFileId = externalFileId;
                return this;
            }

            public Builder fileIds(List<String> fileIds) {
                this.fileIds = fileIds == null ? null : new ArrayList<>(fileIds);
                return this;
            }

            public Builder addFileId(String fileId) {
                if (fileIds == null) {
                    fileIds = new ArrayList<>();
                }
                fileIds.add(fileId);
                return this;
            }

            public Builder fileName(String fileName) {
                this.fileName = fileName;
                return this;
            }

            public Builder onlyManuallyUploaded(Boolean onlyManuallyUploaded) {
                this.onlyManuallyUploaded = onlyManuallyUploaded;
                return this;
            }

            public Builder onlyManuallyUploaded(boolean onlyManuallyUploaded) {
                return onlyManuallyUploaded((Boolean) onlyManuallyUploaded);
            }

            public Builder projectId(String projectId) {
                this.projectId = projectId;
                return this;
            }

            public Filter build() {
                return new Filter(this);
            }
        }
    }
}
