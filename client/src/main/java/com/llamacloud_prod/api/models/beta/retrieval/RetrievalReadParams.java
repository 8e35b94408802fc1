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
 * Parameters of {@code POST /api/v1/retrieval/files/read}: a window of a parsed file's text.
 * Offsets count Unicode code points, the same units as grep's and retrieve's offsets; an offset
 * past the end reads {@code ""}.
 *
 * <pre>{@code
 * String match = client.beta().retrieval().read(RetrievalReadParams.builder()
 *         .indexId(indexId)
 *         .fileId(fileId)
 *         .offset(grepMatch.startChar())
 *         .maxLength(grepMatch.endChar() - grepMatch.startChar())
 *         .build()).content();
 * }</pre>
 */
public final class RetrievalReadParams implements Params {

    private final String indexId;
    private final String fileId;
    private final Long offset;
    private final Long maxLength;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private RetrievalReadParams(Builder b) {
        this.additional = b.additional.build();
        this.indexId = b.indexId;
        this.fileId = b.fileId;
        this.offset = b.offset;
        this.maxLength = b.maxLength;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** Required: {@code indexId}, {@code fileId}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The index's {@code id} or its {@code export_config_id}. */
    public String indexId() {
        return indexId;
    }

    /** The parsed file's id. */
    public String fileId() {
        return fileId;
    }

    /** Where to start; the server defaults to 0. */
    public Optional<Long> offset() {
        return Optional.ofNullable(offset);
    }

    /** How many characters at most; unset reads to the end. */
    public Optional<Long> maxLength() {
        return Optional.ofNullable(maxLength);
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
        body.put("file_id", fileId);
        if (offset != null) {
            body.put("offset", offset);
        }
        if (maxLength != null) {
            body.put("max_length", maxLength);
        }
        return additional.addBodyPropertiesTo(body);
    }

    /** The JSON body of the call: its typed fields and additional properties. */
    public Body _body() {
        return new Body(this);
    }

    /**
     * The JSON body of {@link RetrievalReadParams}: the body fields of the params, and the additional body
     * properties set on its builder.
     */
    public static final class Body {
        private final RetrievalReadParams params;

        private Body(RetrievalReadParams params) {
            this.params = params;
        }

        public String indexId() {
            return params.indexId();
        }

        public String fileId() {
            return params.fileId();
        }

        public Optional<Long> offset() {
            return params.offset();
        }

        public Optional<Long> maxLength() {
            return params.maxLength();
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
        b.fileId = fileId;
        b.offset = offset;
        b.maxLength = maxLength;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RetrievalReadParams
                && _bodyJson().equals(((RetrievalReadParams) o)._bodyJson())
                && _queryParams().equals(((RetrievalReadParams) o)._queryParams())
                && _headers().equals(((RetrievalReadParams) o)._headers());
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, _bodyJson(), _queryParams());
    }

    @Override
    public String toString() {
        return "RetrievalReadParams{body=" + _body() + ", query=" + _queryParams() + ", " + additional + "}";
    }

    /** A builder for {@link RetrievalReadParams}. */
    public static final class Builder implements BodyParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String indexId;
        private String fileId;
        private Long offset;
        private Long maxLength;
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

        public Builder fileId(String fileId) {
            this.fileId = fileId;
            return this;
        }

        public Builder offset(Long offset) {
            this.offset = offset;
            return this;
        }

        public Builder offset(long offset) {
            return offset((Long) offset);
        }

        public Builder offset(Optional<Long> offset) {
            return offset(offset.orElse(null));
        }

        public Builder maxLength(Long maxLength) {
            this.maxLength = maxLength;
            return this;
        }

        public Builder maxLength(long maxLength) {
            return maxLength((Long) maxLength);
        }

        public Builder maxLength(Optional<Long> maxLength) {
            return maxLength(maxLength.orElse(null));
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
        public RetrievalReadParams build() {
            Checks.required("indexId", indexId);
            Checks.required("fileId", fileId);
            if (indexId.isEmpty()) {
                throw new IllegalArgumentException("indexId must not be empty");
            }
            Checks.argument(offset == null || offset >= 0, "offset must be >= 0: %s", offset);
            Checks.argument(maxLength == null || maxLength >= 1, "maxLength must be >= 1: %s", maxLength);
            return new RetrievalReadParams(this);
        }
    }
}
