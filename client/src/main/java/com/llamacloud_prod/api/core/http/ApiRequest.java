package com.llamacloud_prod.api.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.ObjectMappers;
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
    private final QueryParams queryParams;
    private final Headers headers;
    private final JsonNode body;
    private final List<Part> multipart;

    private ApiRequest(Builder b) {
        this.method = b.method;
        this.pathSegments = List.copyOf(b.pathSegments);
        this.queryParams = b.queryParams.build();
        this.headers = b.headers.build();
        this.body = b.body;
        this.multipart = List.copyOf(b.multipart);
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

    /** In order; a key may have several values (arrays are sent as repeated keys). */
    public QueryParams queryParams() {
        return queryParams;
    }

    /** The call's own headers (the params' additional headers); they replace the client's of the same name. */
    public Headers headers() {
        return headers;
    }

    public Optional<JsonNode> body() {
        return Optional.ofNullable(body);
    }

    /** The parts of a {@code multipart/form-data} body, in order; empty for other requests. */
    public List<Part> multipart() {
        return multipart;
    }

    /** One part of a multipart form: a plain text value or a file. */
    public static final class Part {
        private final String name;
        private final String text;
        private final MultipartField<?> file;

        private Part(String name, String text, MultipartField<?> file) {
            this.name = name;
            this.text = text;
            this.file = file;
        }

        public String name() {
            return name;
        }

        public Optional<String> text() {
            return Optional.ofNullable(text);
        }

        public Optional<MultipartField<?>> file() {
            return Optional.ofNullable(file);
        }

        @Override
        public String toString() {
            return name + "=" + (file != null ? file : text);
        }
    }

    @Override
    public String toString() {
        return method + " /" + String.join("/", pathSegments) + " " + queryParams;
    }

    /** A builder for {@link ApiRequest}. */
    public static final class Builder {
        private final String method;
        private final List<String> pathSegments = new ArrayList<>();
        private final QueryParams.Builder queryParams = QueryParams.builder();
        private final Headers.Builder headers = Headers.builder();
        private JsonNode body;
        private final List<Part> multipart = new ArrayList<>();

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
                queryParams.put(key, value.toString());
            }
            return this;
        }

        /** Adds every value in order (arrays as repeated keys). */
        public Builder putAllQueryParams(QueryParams params) {
            queryParams.putAll(params);
            return this;
        }

        public Builder putAllHeaders(Headers headers) {
            this.headers.putAll(headers);
            return this;
        }

        public Builder body(JsonNode body) {
            this.body = body;
            return this;
        }

        /** The JSON of a params {@code Body} model: its set fields and additional properties. */
        public Builder jsonBody(Object model) {
            return body(ObjectMappers.jsonMapper().valueToTree(model));
        }

        /** Adds a text part; does nothing when {@code value} is null (absent fields are not sent). */
        public Builder putMultipartText(String name, String value) {
            if (value != null) {
                multipart.add(new Part(name, value, null));
            }
            return this;
        }

        /** The parts of a multipart params' {@code _body()}, in order; unset ones are left out. */
        public Builder multipartBody(Map<String, MultipartField<?>> parts) {
            parts.forEach(this::putMultipartFile);
            return this;
        }

        /** Adds a file or text part (see {@link MultipartField}); does nothing when {@code file} is null or unset. */
        public Builder putMultipartFile(String name, MultipartField<?> file) {
            if (file != null && !file.isNull()) {
                multipart.add(new Part(name, null, file));
            }
            return this;
        }

        /**
         * @throws IllegalArgumentException if the method is not an HTTP verb, a segment is empty,
         *     or both a JSON body and multipart parts are set
         */
        public ApiRequest build() {
            Checks.argument(List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method),
                    "unsupported HTTP method: %s", method);
            for (String segment : pathSegments) {
                Checks.argument(segment != null && !segment.isEmpty(),
                        "path segments must not be empty: %s", pathSegments);
            }
            Checks.argument(body == null || multipart.isEmpty(),
                    "a request has a JSON body or multipart parts, not both: %s", pathSegments);
            return new ApiRequest(this);
        }
    }
}
