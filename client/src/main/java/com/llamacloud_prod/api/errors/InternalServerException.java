package com.llamacloud_prod.api.errors;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.http.Headers;
import java.util.Optional;

/**
 * HTTP 5xx: the server failed. Retried automatically (unless the server sent {@code x-should-retry: false}) before this is thrown.
 *
 * <pre>{@code
 * try {
 *     client.beta().chat().create();
 * } catch (InternalServerException e) {
 *     System.err.println(e.statusCode() + " " + e.body());
 * }
 * }</pre>
 */
public final class InternalServerException extends LlamaCloudServiceException {

    private final int statusCode;
    private final Headers headers;
    private final JsonValue body;

    private InternalServerException(int statusCode, Headers headers, JsonValue body, Throwable cause) {
        super(message(statusCode, body), cause);
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public int statusCode() {
        return statusCode;
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
        return new Builder().statusCode(statusCode).headers(headers).body(body).cause(getCause());
    }

    /** Required: {@code statusCode}, {@code headers}, {@code body}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for {@link InternalServerException}. */
    public static final class Builder {
        private Integer statusCode;
        private Headers headers;
        private JsonValue body;
        private Throwable cause;

        private Builder() {}

        public Builder statusCode(int statusCode) {
            this.statusCode = statusCode;
            return this;
        }

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

        /**
         * @throws IllegalStateException if a required field is unset
         * @throws IllegalArgumentException if the status code is out of range
         */
        public InternalServerException build() {
            int status = Checks.required("statusCode", statusCode);
            Checks.argument(status >= 500 && status <= 599, "statusCode must be 5xx: %s", status);
            return new InternalServerException(status, Checks.required("headers", headers), Checks.required("body", body), cause);
        }
    }
}
