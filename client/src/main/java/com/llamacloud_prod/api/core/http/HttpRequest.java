package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.Checks;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
    public static final class Builder implements HeadersAndQueryBuilder<Builder> {
        private HttpMethod method;
        private String baseUrl;
        private final List<String> pathSegments = new ArrayList<>();
        private final Headers.Builder headers = Headers.builder();
        private final QueryParams.Builder queryParams = QueryParams.builder();

        @Override
        public Headers.Builder _headerBuilder() {
            return headers;
        }

        @Override
        public QueryParams.Builder _queryParamBuilder() {
            return queryParams;
        }

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

        /** @throws IllegalStateException if {@code method} or {@code baseUrl} is unset */
        public HttpRequest build() {
            Checks.required("method", method);
            Checks.required("baseUrl", baseUrl);
            return new HttpRequest(this);
        }
    }
}
