package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Timeout;
import com.llamacloud_prod.api.core.http.Headers;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;

/**
 * Builds a {@link LlamaCloudClient} on OkHttp.
 *
 * <pre>{@code
 * // LLAMA_CLOUD_API_KEY (or LLAMA_PARSE_API_KEY) and optionally LLAMA_CLOUD_BASE_URL
 * LlamaCloudClient client = LlamaCloudOkHttpClient.fromEnv();
 *
 * LlamaCloudClient quire = LlamaCloudOkHttpClient.builder()
 *         .baseUrl("http://localhost:8080")
 *         .apiKey("qk-...")
 *         .timeout(Duration.ofSeconds(30))
 *         .maxRetries(3)
 *         .build();
 * }</pre>
 */
public final class LlamaCloudOkHttpClient {

    private LlamaCloudOkHttpClient() {}

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client configured from system properties and environment variables.
     *
     * @see ClientOptions.Builder#fromEnv()
     * @throws IllegalStateException if no API key is configured
     */
    public static LlamaCloudClient fromEnv() {
        return builder().fromEnv().build();
    }

    /** A builder for a {@link LlamaCloudClient}. Required: {@code apiKey} (or {@link #fromEnv()}). */
    public static final class Builder {
        private final ClientOptions.Builder options = ClientOptions.builder();
        private Timeout timeout = Timeout.defaultTimeout();

        private Builder() {}

        /** Defaults to {@value ClientOptions#PRODUCTION_URL}; may include a path prefix. */
        public Builder baseUrl(String baseUrl) {
            options.baseUrl(baseUrl);
            return this;
        }

        public Builder baseUrl(Optional<String> baseUrl) {
            return baseUrl(baseUrl.orElse(null));
        }

        public Builder apiKey(String apiKey) {
            options.apiKey(apiKey);
            return this;
        }

        public Builder timeout(Timeout timeout) {
            this.timeout = timeout;
            options.timeout(timeout);
            return this;
        }

        /** Limits each attempt of a call to {@code timeout}; see {@link Timeout#request()}. */
        public Builder timeout(Duration timeout) {
            return timeout(Timeout.builder().request(timeout).build());
        }

        /** Retries after I/O errors, 408, 409, 429 and 5xx; defaults to 2. */
        public Builder maxRetries(int maxRetries) {
            options.maxRetries(maxRetries);
            return this;
        }

        public Builder responseValidation(boolean responseValidation) {
            options.responseValidation(responseValidation);
            return this;
        }

        public Builder clock(Clock clock) {
            options.clock(clock);
            return this;
        }

        public Builder headers(Headers headers) {
            options.headers(headers);
            return this;
        }

        public Builder putHeader(String name, String value) {
            options.putHeader(name, value);
            return this;
        }

        public Builder putHeaders(String name, Iterable<String> values) {
            options.putHeaders(name, values);
            return this;
        }

        public Builder putAllHeaders(Headers headers) {
            options.putAllHeaders(headers);
            return this;
        }

        public Builder replaceHeaders(String name, String value) {
            options.replaceHeaders(name, value);
            return this;
        }

        public Builder removeHeaders(String name) {
            options.removeHeaders(name);
            return this;
        }

        /** @see ClientOptions.Builder#fromEnv() */
        public Builder fromEnv() {
            options.fromEnv();
            return this;
        }

        /**
         * @throws IllegalStateException if no API key was set
         * @throws IllegalArgumentException if an option is invalid (message names it)
         */
        public LlamaCloudClient build() {
            if (timeout == null) {
                throw new IllegalStateException("`timeout` is required, but was not set");
            }
            OkHttpClient okHttp = new OkHttpClient.Builder()
                    .connectTimeout(timeout.connect().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.read().toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(timeout.write().toMillis(), TimeUnit.MILLISECONDS)
                    .callTimeout(timeout.request().toMillis(), TimeUnit.MILLISECONDS)
                    // Retries are ours (counted, backed off, idempotency-keyed), not OkHttp's.
                    .retryOnConnectionFailure(false)
                    .build();
            return new OkHttpLlamaCloudClient(options.httpClient(okHttp).build());
        }
    }
}
