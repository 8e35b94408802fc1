package com.llamacloud_prod.api.core;

import com.llamacloud_prod.api.core.http.HeadersAndQueryBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable configuration shared by a client and its services. Derive variants with
 * {@code client.withOptions(b -> ...)}; variants share the connection pool.
 *
 * <pre>{@code
 * LlamaCloudClient scoped = client.withOptions(options -> options
 *         .timeout(Duration.ofSeconds(30))
 *         .maxRetries(5)
 *         .putHeader("X-Team", "search"));
 * }</pre>
 */
public final class ClientOptions {

    public static final String PRODUCTION_URL = "https://api.cloud.llamaindex.ai";

    private final OkHttpClient httpClient;
    private final String baseUrl;
    private final String apiKey;
    private final Headers customHeaders;
    private final Headers headers;
    private final QueryParams queryParams;
    private final Timeout timeout;
    private final int maxRetries;
    private final boolean responseValidation;
    private final Clock clock;
    private final LogLevel logLevel;
    private final boolean checkJacksonVersionCompatibility;
    private final JsonMapper jsonMapper;
    private final Sleeper sleeper;
    private final Executor streamHandlerExecutor;

    private ClientOptions(Builder b, String apiKey) {
        this.httpClient = b.httpClient;
        this.baseUrl = b.baseUrl;
        this.apiKey = apiKey;
        this.customHeaders = b.headers.build();
        this.queryParams = b.queryParams.build();
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
        this.responseValidation = b.responseValidation;
        this.clock = b.clock;
        this.logLevel = b.logLevel;
        this.checkJacksonVersionCompatibility = b.checkJacksonVersionCompatibility;
        this.jsonMapper = b.jsonMapper;
        this.sleeper = b.sleeper;
        this.streamHandlerExecutor = b.streamHandlerExecutor != null ? b.streamHandlerExecutor : DefaultStreamExecutor.create();
        Headers.Builder all = Headers.builder()
                .put("User-Agent", "LlamaCloud/Java (Quire)")
                .put("X-Stainless-Lang", "java")
                .put("X-Stainless-Runtime", "JRE")
                .put("X-Stainless-Runtime-Version", System.getProperty("java.version", "unknown"))
                .replaceAll(customHeaders);
        if (!apiKey.isEmpty()) {
            all.replace("Authorization", "Bearer " + apiKey);
        }
        this.headers = all.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The shared OkHttp client (thread-safe; owns the connection pool). */
    public OkHttpClient httpClient() {
        return httpClient;
    }

    /** Defaults to {@value #PRODUCTION_URL}. */
    public String baseUrl() {
        return baseUrl != null ? baseUrl : PRODUCTION_URL;
    }

    public String apiKey() {
        return apiKey;
    }

    /** Every header sent with each request: defaults, custom headers, then authorization. */
    public Headers headers() {
        return headers;
    }

    /** Query parameters sent with each request; a call's own parameters of the same key replace them. */
    public QueryParams queryParams() {
        return queryParams;
    }

    public Timeout timeout() {
        return timeout;
    }

    public int maxRetries() {
        return maxRetries;
    }

    public boolean responseValidation() {
        return responseValidation;
    }

    public Clock clock() {
        return clock;
    }

    /** Defaults to {@link LogLevel#fromEnv()}. */
    public LogLevel logLevel() {
        return logLevel;
    }

    public boolean checkJacksonVersionCompatibility() {
        return checkJacksonVersionCompatibility;
    }

    /** The mapper that reads response bodies. */
    public JsonMapper jsonMapper() {
        return jsonMapper;
    }

    /** Waits between retries. */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** Runs callbacks of asynchronous streams; defaults to a cached pool of daemon threads. */
    public Executor streamHandlerExecutor() {
        return streamHandlerExecutor;
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.logLevel = logLevel;
        b.checkJacksonVersionCompatibility = checkJacksonVersionCompatibility;
        b.jsonMapper = jsonMapper;
        b.sleeper = sleeper;
        b.streamHandlerExecutor = streamHandlerExecutor;
        b.httpClient = httpClient;
        b.baseUrl = baseUrl;
        b.apiKey = apiKey;
        b.headers = customHeaders.toBuilder();
        b.queryParams = queryParams.toBuilder();
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        b.responseValidation = responseValidation;
        b.clock = clock;
        return b;
    }

    @Override
    public String toString() {
        // Never print the key.
        return "ClientOptions{baseUrl=" + baseUrl() + ", timeout=" + timeout + ", maxRetries=" + maxRetries + "}";
    }

    /** A builder for {@link ClientOptions}. Required: {@code httpClient}, {@code apiKey}. */
    public static final class Builder implements HeadersAndQueryBuilder<Builder> {
        private OkHttpClient httpClient;
        private String baseUrl;
        private String apiKey;
        private Headers.Builder headers = Headers.builder();
        private QueryParams.Builder queryParams = QueryParams.builder();

        @Override
        public Headers.Builder _headerBuilder() {
            return headers;
        }

        @Override
        public QueryParams.Builder _queryParamBuilder() {
            return queryParams;
        }
        private Timeout timeout = Timeout.defaultTimeout();
        private int maxRetries = 2;
        private boolean responseValidation;
        private Clock clock = Clock.systemUTC();
        private LogLevel logLevel = LogLevel.fromEnv();
        private boolean checkJacksonVersionCompatibility = true;
        private JsonMapper jsonMapper = ObjectMappers.jsonMapper();
        private Sleeper sleeper = new ThreadSleeper();
        private Executor streamHandlerExecutor;

        private Builder() {}

        /** Defaults to {@link LogLevel#fromEnv()} ({@code LLAMA_CLOUD_LOG}); writes to standard error. */
        public Builder logLevel(LogLevel logLevel) {
            this.logLevel = logLevel;
            return this;
        }

        /**
         * Whether {@link #build()} fails when the Jackson found at run time is older than
         * {@value JacksonVersion#MINIMUM}, the oldest this SDK works with. Defaults to true.
         */
        public Builder checkJacksonVersionCompatibility(boolean checkJacksonVersionCompatibility) {
            this.checkJacksonVersionCompatibility = checkJacksonVersionCompatibility;
            return this;
        }

        /** The mapper that reads response bodies; the default is rarely worth replacing. */
        public Builder jsonMapper(JsonMapper jsonMapper) {
            this.jsonMapper = jsonMapper;
            return this;
        }

        /** Waits between retries; replace it in tests to retry without waiting. */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = sleeper;
            return this;
        }

        /** Runs callbacks of asynchronous streams. */
        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            this.streamHandlerExecutor = streamHandlerExecutor;
            return this;
        }

        public Builder httpClient(OkHttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Defaults to {@value #PRODUCTION_URL}; may include a path prefix. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder baseUrl(Optional<String> baseUrl) {
            return baseUrl(baseUrl.orElse(null));
        }

        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        public Builder timeout(Timeout timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Limits each attempt of a call to {@code timeout}; see {@link Timeout#request()}. */
        public Builder timeout(Duration timeout) {
            return timeout(Timeout.builder().request(timeout).build());
        }

        /**
         * Retries after I/O errors, 408, 409, 429 and 5xx (or as the server's
         * {@code x-should-retry} header says), with exponential back-off. Defaults to 2.
         */
        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        /** Accepted for compatibility; models always validate lazily, per accessor. */
        public Builder responseValidation(boolean responseValidation) {
            this.responseValidation = responseValidation;
            return this;
        }

        /** The clock used to interpret {@code Retry-After} dates; for tests. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Reads the system properties {@code llamacloud.baseUrl} / {@code llamacloud.apiKey},
         * then the environment variables {@code LLAMA_CLOUD_BASE_URL}, {@code LLAMA_CLOUD_API_KEY}
         * (falling back to {@code LLAMA_PARSE_API_KEY}) and {@code LLAMA_CLOUD_CUSTOM_HEADERS}
         * (newline-separated {@code Name: value} lines). Properties win over variables; unset
         * or empty values leave the builder unchanged.
         */
        public Builder fromEnv() {
            return fromEnv(System::getenv, System::getProperty);
        }

        Builder fromEnv(UnaryOperator<String> env, UnaryOperator<String> properties) {
            firstPresent(properties.apply("llamacloud.baseUrl"), env.apply("LLAMA_CLOUD_BASE_URL"))
                    .ifPresent(this::baseUrl);
            firstPresent(properties.apply("llamacloud.apiKey"), env.apply("LLAMA_CLOUD_API_KEY"),
                    env.apply("LLAMA_PARSE_API_KEY"))
                    .ifPresent(this::apiKey);
            String custom = env.apply("LLAMA_CLOUD_CUSTOM_HEADERS");
            if (custom != null) {
                for (String line : custom.split("\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        putHeader(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
                    }
                }
            }
            return this;
        }

        private static Optional<String> firstPresent(String... values) {
            for (String value : values) {
                if (value != null && !value.isBlank()) {
                    return Optional.of(value.trim());
                }
            }
            return Optional.empty();
        }

        /**
         * @throws IllegalStateException if {@code httpClient} or {@code apiKey} is unset
         * @throws IllegalArgumentException if {@code baseUrl} is not an http(s) URL or
         *     {@code maxRetries} is negative
         */
        public ClientOptions build() {
            Checks.required("httpClient", httpClient);
            Checks.required("timeout", timeout);
            Checks.required("clock", clock);
            Checks.required("logLevel", logLevel);
            Checks.required("jsonMapper", jsonMapper);
            Checks.required("sleeper", sleeper);
            if (checkJacksonVersionCompatibility) {
                JacksonVersion.check();
            }
            if (apiKey == null) {
                throw new IllegalStateException("`apiKey` is required, but was not set:"
                        + " call apiKey(...) or set the LLAMA_CLOUD_API_KEY environment variable");
            }
            Checks.argument(baseUrl == null || HttpUrl.parse(baseUrl) != null,
                    "baseUrl must be an absolute http(s) URL: %s", baseUrl);
            Checks.argument(maxRetries >= 0, "maxRetries must be >= 0: %s", maxRetries);
            return new ClientOptions(this, apiKey);
        }
    }
}
