package com.llamacloud_prod.api.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One logical API call: method, path segments (each percent-encoded on its own, so a {@code /}
 * inside a segment is sent as {@code %2F}), query parameters and an optional JSON body.
 *
 * <pre>{@code
 * ApiRequest request = ApiRequest.builder("GET")
 *         .addPathSegments("api", "v1", "chat", sessionId)
 *         .putQueryParam("project_id", projectId)   // null values are skipped
 *         .build();
 * }</pre>
 *
 * <p>SDK-internal: used by the service implementations.
 */
public final class ApiRequest {

    private final String method;
    private final List<String> pathSegments;
    private final List<Map.Entry<String, String>> queryParams;
    private final JsonNode body;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.pathSegments = List.copyOf(b.pathSegments);
        this.queryParams = List.copyOf(b.queryParams);
        this.body = b.body;
    }

    public static Builder builder(String method) {
        return new Builder(method);
    }

    public String method() {
        return method;
    }

    public List<String> pathSegments() {
        return pathSegments;
    }

    /** In order; a key may repeat (arrays are sent as repeated keys). */
    public List<Map.Entry<String, String>> queryParams() {
        return queryParams;
    }

    public Optional<JsonNode> body() {
        return Optional.ofNullable(body);
    }

    @Override
    public String toString() {
        return method + " /" + String.join("/", pathSegments) + " " + queryParams;
    }

    /** A builder for {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final List<String> pathSegments = new ArrayList<>();
        private final List<Map.Entry<String, String>> queryParams = new ArrayList<>();
        private JsonNode body;

        private Builder(String method) {
            this.method = method;
        }

        public Builder addPathSegments(String... segments) {
            pathSegments.addAll(List.of(segments));
            return this;
        }

        /** Adds {@code key=value}; does nothing when {@code value} is null. */
        public Builder putQueryParam(String key, Object value) {
            if (value != null) {
                queryParams.add(Map.entry(key, value.toString()));
            }
            return this;
        }

        public Builder body(JsonNode body) {
            this.body = body;
            return this;
        }

        /** @throws IllegalArgumentException if the method is not an HTTP verb or a segment is empty */
        public ApiRequest build() {
            Checks.argument(List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method),
                    "unsupported HTTP method: %s", method);
            for (String segment : pathSegments) {
                Checks.argument(segment != null && !segment.isEmpty(),
                        "path segments must not be empty: %s", pathSegments);
            }
            return new ApiRequest(this);
        }
    }
}
