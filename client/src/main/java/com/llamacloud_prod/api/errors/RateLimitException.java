package com.llamacloud_prod.api.errors;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.http.Headers;
import java.util.Optional;

/**
 * HTTP 429: too many requests; retried automatically before this is thrown.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().retrieve("ses-123");
 * } catch (RateLimitException e) {
 *     System.err.println(e.getMessage()); // "429: {\"detail\":\"...\"}"
 * }
 * }</pre>
 */
public final class RateLimitException extends LlamaCloudServiceException {

    private final Headers headers;
    private final JsonValue body;

    private RateLimitException(Headers headers, JsonValue body, Throwable cause) {
        super(message(429, body), cause);
        this.headers = headers;
        this.body = body;
    }

    @Override
    public int statusCode() {
        return 429;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public JsonValue body() {
        return body;
    }

    public Builder toBuilder() {
        return new Builder().headers(headers).body(body).cause(getCause());
    }

    /** Required: {@code headers}, {@code body}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for {@link RateLimitException}. */
    public static final class Builder {
        private Headers headers;
        private JsonValue body;
        private Throwable cause;

        private Builder() {}

        public Builder headers(Headers headers) {
            this.headers = headers;
            return this;
        }

        public Builder body(JsonValue body) {
            this.body = body;
            return this;
        }

        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public Builder cause(Optional<Throwable> cause) {
            return cause(cause.orElse(null));
        }

        /** @throws IllegalStateException if {@code headers} or {@code body} is unset */
        public RateLimitException build() {
            return new RateLimitException(Checks.required("headers", headers), Checks.required("body", body), cause);
        }
    }
}
