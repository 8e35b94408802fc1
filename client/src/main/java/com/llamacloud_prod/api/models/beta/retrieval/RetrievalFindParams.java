package com.llamacloud_prod.api.models.beta.retrieval;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.BodyParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.JsonValue;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code POST /api/v1/retrieval/files/find}: an index's files by name. Both name
 * filters given are ANDed; none lists every file. Page tokens are normally handled by
 * {@link RetrievalFindPage#autoPager()}, which resends this body with {@code page_token}.
 *
 * <pre>{@code
 * for (RetrievalFindResponse file : client.beta().retrieval().find(RetrievalFindParams.builder()
 *         .indexId(indexId)
 *         .fileNameContains("report")
 *         .build()).autoPager()) {
 *     System.out.println(file.fileId() + " " + file.fileName());
 * }
 * }</pre>
 */
public final class RetrievalFindParams implements Params {

    private final String indexId;
    private final String fileName;
    private final String fileNameContains;
    private final Long pageSize;
    private final String pageToken;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private RetrievalFindParams(Builder b) {
        this.additional = b.additional.build();
        this.indexId = b.indexId;
        this.fileName = b.fileName;
        this.fileNameContains = b.fileNameContains;
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code indexId}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The index's {@code id} or its {@code export_config_id}. */
    public String indexId() {
        return indexId;
    }

    /** Exact display name. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** Case-insensitive substring of the display name. */
    public Optional<String> fileNameContains() {
        return Optional.ofNullable(fileNameContains);
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

    /** SDK-internal: the JSON body as sent: set fields only. */
    public ObjectNode _bodyJson() {
        ObjectNode body = ObjectMappers.jsonMapper().createObjectNode();
        body.put("index_id", indexId);
        if (fileName != null) {
            body.put("file_name", fileName);
        }
        if (fileNameContains != null) {
            body.put("file_name_contains", fileNameContains);
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
     * The JSON body of {@link RetrievalFindParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final RetrievalFindParams params;

        private Body(RetrievalFindParams params) {
            this.params = params;
        }

        public String indexId() {
            return params.indexId();
        }

        public Optional<String> fileName() {
            return params.fileName();
        }

        public Optional<String> fileNameContains() {
            return params.fileNameContains();
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

    /** Query parameters in order, unset ones left out. */
    public QueryParams _queryParams() {
        return Scope.query(organizationId, projectId).putAll(additional.queryParams()).build();
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

    /** Additional JSON properties sent in the body, replacing typed fields of the same name. */
    public Map<String, JsonValue> _additionalBodyProperties() {
        return additional.bodyProperties();
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.indexId = indexId;
        b.fileName = fileName;
        b.fileNameContains = fileNameContains;
        b.pageSize = pageSize;
        b.pageToken = pageToken;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalFindParams
                && _bodyJson().equals(((RetrievalFindParams) o)._bodyJson())
                && _queryParams().equals(((RetrievalFindParams) o)._queryParams())
                && _headers().equals(((RetrievalFindParams) o)._headers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, _bodyJson(), _queryParams());
    }

    @Override
    public String toString() {
        return "RetrievalFindParams{body=" + _body() + ", query=" + _queryParams() + ", " + additional + "}";
    }

    /** A builder for {@link RetrievalFindParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String indexId;
        private String fileName;
        private String fileNameContains;
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

        public Builder indexId(String indexId) {
            this.indexId = indexId;
            return this;
        }

        public Builder fileName(String fileName) {
            this.fileName = fileName;
            return this;
        }

        public Builder fileName(Optional<String> fileName) {
            return fileName(fileName.orElse(null));
        }

        public Builder fileNameContains(String fileNameContains) {
            this.fileNameContains = fileNameContains;
            return this;
        }

        public Builder fileNameContains(Optional<String> fileNameContains) {
            return fileNameContains(fileNameContains.orElse(null));
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
        public RetrievalFindParams build() {
            Checks.required("indexId", indexId);
            if (indexId.isEmpty()) {
                throw new IllegalArgumentException("indexId must not be empty");
            }
            Checks.argument(pageSize == null || pageSize >= 1, "pageSize must be >= 1: %s", pageSize);
            return new RetrievalFindParams(this);
        }
    }
}
