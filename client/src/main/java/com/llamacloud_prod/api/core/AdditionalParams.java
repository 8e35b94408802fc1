package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;

/**
 * What a caller adds to a call beyond the params' typed fields: headers and query parameters (for
 * parameters the SDK does not know yet, or to override one). Additional body properties live in the
 * params' {@code Body} model.
 *
 * <p>SDK-internal: each params class holds one; users set them through the params builders
 * ({@link ParamsBuilder}).
 */
public final class AdditionalParams {

    private static final AdditionalParams NONE = builder().build();

    private final Headers headers;
    private final QueryParams queryParams;

    private AdditionalParams(Builder b) {
        this.headers = b.headers.build();
        this.queryParams = b.queryParams.build();
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

    public Builder toBuilder() {
        Builder b = new Builder();
        b.headers.putAll(headers);
        b.queryParams.putAll(queryParams);
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AdditionalParams)) {
            return false;
        }
        AdditionalParams other = (AdditionalParams) o;
        return headers.equals(other.headers) && queryParams.equals(other.queryParams);
    }

    @Override
    public int hashCode() {
        return Objects.hash(headers, queryParams);
    }

    @Override
    public String toString() {
        return "additionalHeaders=" + headers + ", additionalQueryParams=" + queryParams;
    }

    /** A mutable builder; {@link ParamsBuilder}'s methods edit one. */
    public static final class Builder {
        private final Headers.Builder headers = Headers.builder();
        private final QueryParams.Builder queryParams = QueryParams.builder();

        private Builder() {}

        public Headers.Builder headers() {
            return headers;
        }

        public QueryParams.Builder queryParams() {
            return queryParams;
        }

        public AdditionalParams build() {
            return new AdditionalParams(this);
        }
    }
}
