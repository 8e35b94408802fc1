package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.Checks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An HTTP request as a {@link ProxyAuthenticator} sees it: method, URL parts and headers. Its body
 * is not exposed; an authenticator answers with the same request plus headers.
 *
 * <pre>{@code
 * HttpRequest retry = request.toBuilder().putHeader("Proxy-Authorization", "Basic ...").build();
 * }</pre>
 */
public final class HttpRequest {

    private final HttpMethod method;
    private final String baseUrl;
    private final List<String> pathSegments;
    private final Headers headers;
    private final QueryParams queryParams;

    private HttpRequest(Builder b) {
        this.method = b.method;
        this.baseUrl = b.baseUrl;
        this.pathSegments = List.copyOf(b.pathSegments);
        this.headers = b.headers.build();
        this.queryParams = b.queryParams.build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public HttpMethod method() {
        return method;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public List<String> pathSegments() {
        return pathSegments;
    }

    public Headers headers() {
        return headers;
    }

    public QueryParams queryParams() {
        return queryParams;
    }

    /** The full URL, each path segment and query value percent-encoded. */
    public String url() {
        StringBuilder url = new StringBuilder(baseUrl);
        for (String segment : pathSegments) {
            if (url.charAt(url.length() - 1) != '/') {
                url.append('/');
            }
            url.append(encode(segment).replace("+", "%20"));
        }
        String separator = "?";
        for (String key : queryParams.keys()) {
            for (String value : queryParams.values(key)) {
                url.append(separator).append(encode(key)).append('=').append(encode(value));
                separator = "&";
            }
        }
        return url.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    public Builder toBuilder() {
        Builder b = new Builder().method(method).baseUrl(baseUrl);
        b.pathSegments.addAll(pathSegments);
        return b.headers(headers).queryParams(queryParams);
    }

    @Override
    public String toString() {
        return "HttpRequest{method=" + method + ", baseUrl=" + baseUrl + ", pathSegments=" + pathSegments
                + ", headers=" + headers + ", queryParams=" + queryParams + "}";
    }

    /** A builder for {@link HttpRequest}. Required: {@code method}, {@code baseUrl}. */
    public static final class Builder {
        private HttpMethod method;
        private String baseUrl;
        private final List<String> pathSegments = new ArrayList<>();
        private final Headers.Builder headers = Headers.builder();
        private final QueryParams.Builder queryParams = QueryParams.builder();

        private Builder() {}

        public Builder method(HttpMethod method) {
            this.method = method;
            return this;
        }

        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        public Builder addPathSegment(String pathSegment) {
            pathSegments.add(pathSegment);
            return this;
        }

        public Builder addPathSegments(String... pathSegments) {
            this.pathSegments.addAll(List.of(pathSegments));
            return this;
        }

        public Builder headers(Headers headers) {
            this.headers.clear().putAll(headers);
            return this;
        }

        public Builder headers(Map<String, ? extends Iterable<String>> headers) {
            this.headers.clear().putAll(headers);
            return this;
        }

        public Builder putHeader(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder putHeaders(String name, Iterable<String> values) {
            headers.put(name, values);
            return this;
        }

        public Builder putAllHeaders(Headers headers) {
            this.headers.putAll(headers);
            return this;
        }

        public Builder putAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            this.headers.putAll(headers);
            return this;
        }

        public Builder replaceHeaders(String name, String value) {
            headers.replace(name, value);
            return this;
        }

        public Builder replaceHeaders(String name, Iterable<String> values) {
            headers.replace(name, values);
            return this;
        }

        public Builder replaceAllHeaders(Headers headers) {
            this.headers.replaceAll(headers);
            return this;
        }

        public Builder replaceAllHeaders(Map<String, ? extends Iterable<String>> headers) {
            this.headers.replaceAll(headers);
            return this;
        }

        public Builder removeHeaders(String name) {
            headers.remove(name);
            return this;
        }

        public Builder removeAllHeaders(Set<String> names) {
            headers.removeAll(names);
            return this;
        }

        public Builder queryParams(QueryParams queryParams) {
            this.queryParams.clear().putAll(queryParams);
            return this;
        }

        public Builder queryParams(Map<String, ? extends Iterable<String>> queryParams) {
            this.queryParams.clear().putAll(queryParams);
            return this;
        }

        public Builder putQueryParam(String key, String value) {
            queryParams.put(key, value);
            return this;
        }

        public Builder putQueryParams(String key, Iterable<String> values) {
            queryParams.put(key, values);
            return this;
        }

        public Builder putAllQueryParams(QueryParams queryParams) {
            this.queryParams.putAll(queryParams);
            return this;
        }

        public Builder putAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            this.queryParams.putAll(queryParams);
            return this;
        }

        public Builder replaceQueryParams(String key, String value) {
            queryParams.replace(key, value);
            return this;
        }

        public Builder replaceQueryParams(String key, Iterable<String> values) {
            queryParams.replace(key, values);
            return this;
        }

        public Builder replaceAllQueryParams(QueryParams queryParams) {
            this.queryParams.replaceAll(queryParams);
            return this;
        }

        public Builder replaceAllQueryParams(Map<String, ? extends Iterable<String>> queryParams) {
            this.queryParams.replaceAll(queryParams);
            return this;
        }

        public Builder removeQueryParams(String key) {
            queryParams.remove(key);
            return this;
        }

        public Builder removeAllQueryParams(Set<String> keys) {
            queryParams.removeAll(keys);
            return this;
        }

        /** @throws IllegalStateException if {@code method} or {@code baseUrl} is unset */
        public HttpRequest build() {
            Checks.required("method", method);
            Checks.required("baseUrl", baseUrl);
            return new HttpRequest(this);
        }
    }
}
