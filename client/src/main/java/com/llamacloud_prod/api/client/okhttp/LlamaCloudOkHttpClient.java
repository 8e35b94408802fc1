package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Timeout;
import com.llamacloud_prod.api.core.http.Headers;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.net.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.LogLevel;
import com.llamacloud_prod.api.core.Sleeper;
import com.llamacloud_prod.api.core.http.ProxyAuthenticator;
import com.llamacloud_prod.api.core.http.QueryParams;
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
        private ExecutorService dispatcherExecutorService;
        private Proxy proxy;
        private ProxyAuthenticator proxyAuthenticator;
        private Integer maxIdleConnections;
        private Duration keepAliveDuration;
        private SSLSocketFactory sslSocketFactory;
        private X509TrustManager trustManager;
        private HostnameVerifier hostnameVerifier;

        private Builder() {}

        /** Runs the HTTP calls; defaults to OkHttp's own. The client shuts it down when closed. */
        public Builder dispatcherExecutorService(ExecutorService dispatcherExecutorService) {
            this.dispatcherExecutorService = dispatcherExecutorService;
            return this;
        }

        public Builder dispatcherExecutorService(Optional<ExecutorService> dispatcherExecutorService) {
            return dispatcherExecutorService(dispatcherExecutorService.orElse(null));
        }

        /** The proxy every call goes through; defaults to the JVM's proxy selector. */
        public Builder proxy(Proxy proxy) {
            this.proxy = proxy;
            return this;
        }

        public Builder proxy(Optional<Proxy> proxy) {
            return proxy(proxy.orElse(null));
        }

        /** Answers a proxy's {@code 407 Proxy Authentication Required}, e.g. {@link ProxyAuthenticator#basic}. */
        public Builder proxyAuthenticator(ProxyAuthenticator proxyAuthenticator) {
            this.proxyAuthenticator = proxyAuthenticator;
            return this;
        }

        public Builder proxyAuthenticator(Optional<ProxyAuthenticator> proxyAuthenticator) {
            return proxyAuthenticator(proxyAuthenticator.orElse(null));
        }

        /** The most idle connections the pool keeps; set together with {@link #keepAliveDuration}. Defaults to OkHttp's (5). */
        public Builder maxIdleConnections(Integer maxIdleConnections) {
            this.maxIdleConnections = maxIdleConnections;
            return this;
        }

        public Builder maxIdleConnections(int maxIdleConnections) {
            return maxIdleConnections((Integer) maxIdleConnections);
        }

        public Builder maxIdleConnections(Optional<Integer> maxIdleConnections) {
            return maxIdleConnections(maxIdleConnections.orElse(null));
        }

        /** How long an idle pooled connection is kept; set together with {@link #maxIdleConnections}. Defaults to OkHttp's (5 min). */
        public Builder keepAliveDuration(Duration keepAliveDuration) {
            this.keepAliveDuration = keepAliveDuration;
            return this;
        }

        public Builder keepAliveDuration(Optional<Duration> keepAliveDuration) {
            return keepAliveDuration(keepAliveDuration.orElse(null));
        }

        /** Secures HTTPS connections; set together with {@link #trustManager}. Defaults to the JVM's. */
        public Builder sslSocketFactory(SSLSocketFactory sslSocketFactory) {
            this.sslSocketFactory = sslSocketFactory;
            return this;
        }

        public Builder sslSocketFactory(Optional<SSLSocketFactory> sslSocketFactory) {
            return sslSocketFactory(sslSocketFactory.orElse(null));
        }

        /** Decides which server certificates to trust; set together with {@link #sslSocketFactory}. */
        public Builder trustManager(X509TrustManager trustManager) {
            this.trustManager = trustManager;
            return this;
        }

        public Builder trustManager(Optional<X509TrustManager> trustManager) {
            return trustManager(trustManager.orElse(null));
        }

        /** Checks that a server certificate is for the requested host; defaults to OkHttp's. */
        public Builder hostnameVerifier(HostnameVerifier hostnameVerifier) {
            this.hostnameVerifier = hostnameVerifier;
            return this;
        }

        public Builder hostnameVerifier(Optional<HostnameVerifier> hostnameVerifier) {
            return hostnameVerifier(hostnameVerifier.orElse(null));
        }

        /** @see ClientOptions.Builder#checkJacksonVersionCompatibility(boolean) */
        public Builder checkJacksonVersionCompatibility(boolean checkJacksonVersionCompatibility) {
            options.checkJacksonVersionCompatibility(checkJacksonVersionCompatibility);
            return this;
        }

        public Builder jsonMapper(JsonMapper jsonMapper) {
            options.jsonMapper(jsonMapper);
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            options.streamHandlerExecutor(streamHandlerExecutor);
            return this;
        }

        /** Waits between retries; replace it in tests. */
        public Builder sleeper(Sleeper sleeper) {
            options.sleeper(sleeper);
            return this;
        }

        /** @see ClientOptions.Builder#logLevel(LogLevel) */
        public Builder logLevel(LogLevel logLevel) {
            options.logLevel(logLevel);
            return this;
        }

        public Builder headers(Map<String, ? extends Iterable<String>> headers) {
            options.headers(headers);
            return this;
        }

        public Builder putAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            options.putAllHeaders(headers);
            return this;
        }

        public Builder replaceHeaders(String name, Iterable<String> values) {
            options.replaceHeaders(name, values);
            return this;
        }

        public Builder replaceAllHeaders(Headers headers) {
            options.replaceAllHeaders(headers);
            return this;
        }

        public Builder replaceAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            options.replaceAllHeaders(headers);
            return this;
        }

        public Builder removeAllHeaders(Set<String> names) {
            options.removeAllHeaders(names);
            return this;
        }

        public Builder queryParams(QueryParams queryParams) {
            options.queryParams(queryParams);
            return this;
        }

        public Builder queryParams(Map<String, ? extends Iterable<String>> queryParams) {
            options.queryParams(queryParams);
            return this;
        }

        public Builder putQueryParam(String key, String value) {
            options.putQueryParam(key, value);
            return this;
        }

        public Builder putQueryParams(String key, Iterable<String> values) {
            options.putQueryParams(key, values);
            return this;
        }

        public Builder putAllQueryParams(QueryParams queryParams) {
            options.putAllQueryParams(queryParams);
            return this;
        }

        public Builder putAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            options.putAllQueryParams(queryParams);
            return this;
        }

        public Builder replaceQueryParams(String key, String value) {
            options.replaceQueryParams(key, value);
            return this;
        }

        public Builder replaceQueryParams(String key, Iterable<String> values) {
            options.replaceQueryParams(key, values);
            return this;
        }

        public Builder replaceAllQueryParams(QueryParams queryParams) {
            options.replaceAllQueryParams(queryParams);
            return this;
        }

        public Builder replaceAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            options.replaceAllQueryParams(queryParams);
            return this;
        }

        public Builder removeQueryParams(String key) {
            options.removeQueryParams(key);
            return this;
        }

        public Builder removeAllQueryParams(Set<String> keys) {
            options.removeAllQueryParams(keys);
            return this;
        }

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
            if ((maxIdleConnections == null) != (keepAliveDuration == null)) {
                throw new IllegalStateException("`maxIdleConnections` and `keepAliveDuration` are set together or not at all: "
                        + maxIdleConnections + ", " + keepAliveDuration);
            }
            if ((sslSocketFactory == null) != (trustManager == null)) {
                throw new IllegalStateException("`sslSocketFactory` and `trustManager` are set together or not at all");
            }
            OkHttpClient.Builder okHttp = new OkHttpClient.Builder()
                    .connectTimeout(timeout.connect().toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(timeout.read().toMillis(), TimeUnit.MILLISECONDS)
                    .writeTimeout(timeout.write().toMillis(), TimeUnit.MILLISECONDS)
                    .callTimeout(timeout.request().toMillis(), TimeUnit.MILLISECONDS)
                    // Retries are ours (counted, backed off, idempotency-keyed), not OkHttp's.
                    .retryOnConnectionFailure(false);
            if (dispatcherExecutorService != null) {
                okHttp.dispatcher(new Dispatcher(dispatcherExecutorService));
            }
            if (proxy != null) {
                okHttp.proxy(proxy);
            }
            if (proxyAuthenticator != null) {
                okHttp.proxyAuthenticator(new OkHttpProxyAuthenticator(proxyAuthenticator));
            }
            if (maxIdleConnections != null) {
                Checks.argument(maxIdleConnections >= 0, "maxIdleConnections must be >= 0: %s", maxIdleConnections);
                Checks.argument(!keepAliveDuration.isNegative() && !keepAliveDuration.isZero(),
                        "keepAliveDuration must be positive: %s", keepAliveDuration);
                okHttp.connectionPool(new ConnectionPool(maxIdleConnections, keepAliveDuration.toNanos(), TimeUnit.NANOSECONDS));
            }
            if (sslSocketFactory != null) {
                okHttp.sslSocketFactory(sslSocketFactory, trustManager);
            }
            if (hostnameVerifier != null) {
                okHttp.hostnameVerifier(hostnameVerifier);
            }
            return new OkHttpLlamaCloudClient(options.httpClient(okHttp.build()).build());
        }
    }
}
