package com.llamacloud_prod.api.core;

import java.time.Duration;
import java.util.Optional;

/**
 * Per-call overrides of the client's options.
 *
 * <pre>{@code
 * ChatListPage page = client.beta().chat().list(
 *         ChatListParams.none(),
 *         RequestOptions.builder().timeout(Duration.ofSeconds(10)).build());
 * }</pre>
 */
public final class RequestOptions {

    private static final RequestOptions NONE = builder().build();

    private final Boolean responseValidation;
    private final Timeout timeout;

    private RequestOptions(Boolean responseValidation, Timeout timeout) {
        this.responseValidation = responseValidation;
        this.timeout = timeout;
    }

    /** No overrides: the client's options apply. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Boolean> responseValidation() {
        return Optional.ofNullable(responseValidation);
    }

    public Optional<Timeout> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The effective timeout: the limits set here, the rest from {@code clientTimeout}. */
    public Timeout timeoutOr(Timeout clientTimeout) {
        return timeout == null ? clientTimeout : timeout.withDefaults(clientTimeout);
    }

    @Override
    public String toString() {
        return "RequestOptions{responseValidation=" + responseValidation + ", timeout=" + timeout + "}";
    }

    /** A builder for {@link RequestOptions}. */
    public static final class Builder {
        private Boolean responseValidation;
        private Timeout timeout;

        private Builder() {}

        /** Accepted for compatibility; Quire's models always validate lazily, per accessor. */
        public Builder responseValidation(boolean responseValidation) {
            this.responseValidation = responseValidation;
            return this;
        }

        public Builder timeout(Timeout timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Limits the whole call (one attempt) to {@code timeout}. */
        public Builder timeout(Duration timeout) {
            return timeout(Timeout.builder().request(timeout).build());
        }

        public RequestOptions build() {
            return new RequestOptions(responseValidation, timeout);
        }
    }
}
