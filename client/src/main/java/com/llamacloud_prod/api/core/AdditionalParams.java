package com.llamacloud_prod.api.core;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a caller adds to a call beyond the params' typed fields: headers, query parameters and
 * JSON body properties (for fields the SDK does not know yet, or to override one).
 *
 * <p>SDK-internal: each params class holds one; users set them through the params builders
 * ({@link ParamsBuilder}, {@link BodyParamsBuilder}).
 */
public final class AdditionalParams {

    private static final AdditionalParams NONE = builder().build();

    private final Headers headers;
    private final QueryParams queryParams;
    private final Map<String, JsonValue> bodyProperties;

    private AdditionalParams(Builder b) {
        this.headers = b.headers.build();
        this.queryParams = b.queryParams.build();
        this.bodyProperties = Collections.unmodifiableMap(new LinkedHashMap<>(b.bodyProperties));
    }

    public static AdditionalParams none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Headers headers() {
        return headers;
    }

    public QueryParams queryParams() {
        return queryParams;
    }

    public Map<String, JsonValue> bodyProperties() {
        return bodyProperties;
    }

    /** Sets the additional body properties on {@code body} (replacing typed fields of the same name). */
    public ObjectNode addBodyPropertiesTo(ObjectNode body) {
        bodyProperties.forEach((key, value) -> body.set(key, ObjectMappers.jsonMapper().valueToTree(value)));
        return body;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.headers.putAll(headers);
        b.queryParams.putAll(queryParams);
        b.bodyProperties.putAll(bodyProperties);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AdditionalParams)) {
            return false;
        }
        AdditionalParams other = (AdditionalParams) o;
        return headers.equals(other.headers) && queryParams.equals(other.queryParams)
                && bodyProperties.equals(other.bodyProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, queryParams, bodyProperties);
    }

    @Override
    public String toString() {
        return "additionalHeaders=" + headers + ", additionalQueryParams=" + queryParams
                + ", additionalBodyProperties=" + bodyProperties;
    }

    /** A mutable builder; {@link ParamsBuilder}'s methods edit one. */
    public static final class Builder {
        private final Headers.Builder headers = Headers.builder();
        private final QueryParams.Builder queryParams = QueryParams.builder();
        private final Map<String, JsonValue> bodyProperties = new LinkedHashMap<>();

        private Builder() {}

        public Headers.Builder headers() {
            return headers;
        }

        public QueryParams.Builder queryParams() {
            return queryParams;
        }

        public Map<String, JsonValue> bodyProperties() {
            return bodyProperties;
        }

        public AdditionalParams build() {
            return new AdditionalParams(this);
        }
    }
}
