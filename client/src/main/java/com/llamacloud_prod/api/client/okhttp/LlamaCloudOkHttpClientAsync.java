package com.llamacloud_prod.api.client.okhttp;

import com.llamacloud_prod.api.core.Timeout;
import com.llamacloud_prod.api.core.http.Headers;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.net.Proxy;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.X509TrustManager;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.llamacloud_prod.api.core.LogLevel;
import com.llamacloud_prod.api.core.Sleeper;
import com.llamacloud_prod.api.core.http.ProxyAuthenticator;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.client.LlamaCloudClientAsync;

/**
 * Builds a {@link LlamaCloudClientAsync} on OkHttp; the builder has every option of
 * {@link LlamaCloudOkHttpClient.Builder} (each one documented there).
 *
 * <pre>{@code
 * LlamaCloudClientAsync client = LlamaCloudOkHttpClientAsync.fromEnv();
 * LlamaCloudClientAsync quire = LlamaCloudOkHttpClientAsync.builder()
 *         .baseUrl("http://localhost:8080")
 *         .apiKey("qk-...")
 *         .build();
 * }</pre>
 */
public final class LlamaCloudOkHttpClientAsync {

    private LlamaCloudOkHttpClientAsync() {}

    public static Builder builder() {
        return new Builder();
    }

    /** @see LlamaCloudOkHttpClient#fromEnv() */
    public static LlamaCloudClientAsync fromEnv() {
        return builder().fromEnv().build();
    }

    /** A builder for a {@link LlamaCloudClientAsync}; each option is passed to a {@link LlamaCloudOkHttpClient.Builder}. */
    public static final class Builder {
        private final LlamaCloudOkHttpClient.Builder sync = LlamaCloudOkHttpClient.builder();

        private Builder() {}

        public Builder dispatcherExecutorService(ExecutorService dispatcherExecutorService) {
            sync.dispatcherExecutorService(dispatcherExecutorService);
            return this;
        }

        public Builder dispatcherExecutorService(Optional<ExecutorService> dispatcherExecutorService) {
            sync.dispatcherExecutorService(dispatcherExecutorService);
            return this;
        }

        public Builder proxy(Proxy proxy) {
            sync.proxy(proxy);
            return this;
        }

        public Builder proxy(Optional<Proxy> proxy) {
            sync.proxy(proxy);
            return this;
        }

        public Builder proxyAuthenticator(ProxyAuthenticator proxyAuthenticator) {
            sync.proxyAuthenticator(proxyAuthenticator);
            return this;
        }

        public Builder proxyAuthenticator(Optional<ProxyAuthenticator> proxyAuthenticator) {
            sync.proxyAuthenticator(proxyAuthenticator);
            return this;
        }

        public Builder maxIdleConnections(Integer maxIdleConnections) {
            sync.maxIdleConnections(maxIdleConnections);
            return this;
        }

        public Builder maxIdleConnections(int maxIdleConnections) {
            sync.maxIdleConnections(maxIdleConnections);
            return this;
        }

        public Builder maxIdleConnections(Optional<Integer> maxIdleConnections) {
            sync.maxIdleConnections(maxIdleConnections);
            return this;
        }

        public Builder keepAliveDuration(Duration keepAliveDuration) {
            sync.keepAliveDuration(keepAliveDuration);
            return this;
        }

        public Builder keepAliveDuration(Optional<Duration> keepAliveDuration) {
            sync.keepAliveDuration(keepAliveDuration);
            return this;
        }

        public Builder sslSocketFactory(SSLSocketFactory sslSocketFactory) {
            sync.sslSocketFactory(sslSocketFactory);
            return this;
        }

        public Builder sslSocketFactory(Optional<SSLSocketFactory> sslSocketFactory) {
            sync.sslSocketFactory(sslSocketFactory);
            return this;
        }

        public Builder trustManager(X509TrustManager trustManager) {
            sync.trustManager(trustManager);
            return this;
        }

        public Builder trustManager(Optional<X509TrustManager> trustManager) {
            sync.trustManager(trustManager);
            return this;
        }

        public Builder hostnameVerifier(HostnameVerifier hostnameVerifier) {
            sync.hostnameVerifier(hostnameVerifier);
            return this;
        }

        public Builder hostnameVerifier(Optional<HostnameVerifier> hostnameVerifier) {
            sync.hostnameVerifier(hostnameVerifier);
            return this;
        }

        public Builder checkJacksonVersionCompatibility(boolean checkJacksonVersionCompatibility) {
            sync.checkJacksonVersionCompatibility(checkJacksonVersionCompatibility);
            return this;
        }

        public Builder jsonMapper(JsonMapper jsonMapper) {
            sync.jsonMapper(jsonMapper);
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            sync.streamHandlerExecutor(streamHandlerExecutor);
            return this;
        }

        public Builder sleeper(Sleeper sleeper) {
            sync.sleeper(sleeper);
            return this;
        }

        public Builder logLevel(LogLevel logLevel) {
            sync.logLevel(logLevel);
            return this;
        }

        public Builder headers(Map<String, ? extends Iterable<String>> headers) {
            sync.headers(headers);
            return this;
        }

        public Builder putAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            sync.putAllHeaders(headers);
            return this;
        }

        public Builder replaceHeaders(String name, Iterable<String> values) {
            sync.replaceHeaders(name, values);
            return this;
        }

        public Builder replaceAllHeaders(Headers headers) {
            sync.replaceAllHeaders(headers);
            return this;
        }

        public Builder replaceAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            sync.replaceAllHeaders(headers);
            return this;
        }

        public Builder removeAllHeaders(Set<String> names) {
            sync.removeAllHeaders(names);
            return this;
        }

        public Builder queryParams(QueryParams queryParams) {
            sync.queryParams(queryParams);
            return this;
        }

        public Builder queryParams(Map<String, ? extends Iterable<String>> queryParams) {
            sync.queryParams(queryParams);
            return this;
        }

        public Builder putQueryParam(String key, String value) {
            sync.putQueryParam(key, value);
            return this;
        }

        public Builder putQueryParams(String key, Iterable<String> values) {
            sync.putQueryParams(key, values);
            return this;
        }

        public Builder putAllQueryParams(QueryParams queryParams) {
            sync.putAllQueryParams(queryParams);
            return this;
        }

        public Builder putAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            sync.putAllQueryParams(queryParams);
            return this;
        }

        public Builder replaceQueryParams(String key, String value) {
            sync.replaceQueryParams(key, value);
            return this;
        }

        public Builder replaceQueryParams(String key, Iterable<String> values) {
            sync.replaceQueryParams(key, values);
            return this;
        }

        public Builder replaceAllQueryParams(QueryParams queryParams) {
            sync.replaceAllQueryParams(queryParams);
            return this;
        }

        public Builder replaceAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            sync.replaceAllQueryParams(queryParams);
            return this;
        }

        public Builder removeQueryParams(String key) {
            sync.removeQueryParams(key);
            return this;
        }

        public Builder removeAllQueryParams(Set<String> keys) {
            sync.removeAllQueryParams(keys);
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            sync.baseUrl(baseUrl);
            return this;
        }

        public Builder baseUrl(Optional<String> baseUrl) {
            sync.baseUrl(baseUrl);
            return this;
        }

        public Builder apiKey(String apiKey) {
            sync.apiKey(apiKey);
            return this;
        }

        public Builder timeout(Timeout timeout) {
            sync.timeout(timeout);
            return this;
        }

        public Builder timeout(Duration timeout) {
            sync.timeout(timeout);
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            sync.maxRetries(maxRetries);
            return this;
        }

        public Builder responseValidation(boolean responseValidation) {
            sync.responseValidation(responseValidation);
            return this;
        }

        public Builder clock(Clock clock) {
            sync.clock(clock);
            return this;
        }

        public Builder headers(Headers headers) {
            sync.headers(headers);
            return this;
        }

        public Builder putHeader(String name, String value) {
            sync.putHeader(name, value);
            return this;
        }

        public Builder putHeaders(String name, Iterable<String> values) {
            sync.putHeaders(name, values);
            return this;
        }

        public Builder putAllHeaders(Headers headers) {
            sync.putAllHeaders(headers);
            return this;
        }

        public Builder replaceHeaders(String name, String value) {
            sync.replaceHeaders(name, value);
            return this;
        }

        public Builder removeHeaders(String name) {
            sync.removeHeaders(name);
            return this;
        }

        public Builder fromEnv() {
            sync.fromEnv();
            return this;
        }

        /** @see LlamaCloudOkHttpClient.Builder#build() */
        public LlamaCloudClientAsync build() {
            return sync.build().async();
        }
    }
}
