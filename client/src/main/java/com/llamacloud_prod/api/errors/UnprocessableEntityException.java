package com.llamacloud_prod.api.errors;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.http.Headers;
import java.util.Optional;

/**
 * HTTP 422: the request failed validation; the body lists the offending fields.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().retrieve("ses-123");
 * } catch (UnprocessableEntityException e) {
 *     System.err.println(e.getMessage()); // "422: {\"detail\":\"...\"}"
 * }
 * }</pre>
 */
public final class UnprocessableEntityException extends LlamaCloudServiceException {

    private final Headers headers;
    private final JsonValue body;

    private UnprocessableEntityException(Headers headers, JsonValue body, Throwable cause) {
        super(message(422, body), cause);
        this.headers = headers;
        this.body = body;
    }

    @Override
    public int statusCode() {
        return 422;
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

    /** A builder for {@link UnprocessableEntityException}. */
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
        public UnprocessableEntityException build() {
            return new UnprocessableEntityException(Checks.required("headers", headers), Checks.required("body", body), cause);
        }
    }
}
