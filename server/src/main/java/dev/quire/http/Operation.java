package dev.quire.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one route accepts and answers, in the terms of the SDK that calls it: the call path
 * ({@code beta.chat.create}), the params and response class names, query and header parameters,
 * the request body, the success schema, and the error statuses beyond those every route of its
 * kind can answer (see {@link OpenApi}). Each feature keeps its operations in a {@code *Schemas}
 * class next to its routes:
 * <pre>{@code
 * Operation.sdk("beta.chat.create").params("ChatCreateParams").jsonBody(CREATE_BODY)
 *         .ok(CHAT_CREATE_RESPONSE).build()
 * }</pre>
 */
public final class Operation {
    /** A query or header parameter. */
    public record Param(String name, String in, boolean required, Schema schema, String description) {}

    /**
     * A cursor-paged list: the SDK's page class, the JSON envelope it reads, and where the next
     * request carries {@code page_token} ({@code query}, or {@code body} for POST listings).
     */
    public record Pagination(String page, Schema pageResponse, String pageParamIn) {}

    private final Builder b;

    private Operation(Builder b) {
        this.b = b;
    }

    /** An operation the SDKs call, named by its SDK call path. */
    public static Builder sdk(String operationId) {
        Builder b = new Builder();
        b.operationId = operationId;
        return b;
    }

    /** A route SDKs do not call (health, metrics, console assets, downloads through presigned links). */
    public static Builder skipped() {
        Builder b = new Builder();
        b.skip = true;
        b.scoped = false;
        return b;
    }

    public Optional<String> operationId() {
        return Optional.ofNullable(b.operationId);
    }

    public boolean skip() {
        return b.skip;
    }

    public Optional<String> params() {
        return Optional.ofNullable(b.params);
    }

    /** Lists the {@code organization_id} and {@code project_id} query parameters. */
    public boolean scoped() {
        return b.scoped;
    }

    public List<Param> parameters() {
        return List.copyOf(b.parameters);
    }

    public Optional<Schema> body() {
        return Optional.ofNullable(b.body);
    }

    public boolean multipart() {
        return b.multipart;
    }

    public int status() {
        return b.status;
    }

    /** The JSON answered on success; empty for 204 and non-JSON answers. */
    public Optional<Schema> response() {
        return Optional.ofNullable(b.response);
    }

    /** The item component when the answer is a JSON array of it. */
    public Optional<Schema> listOf() {
        return Optional.ofNullable(b.listOf);
    }

    /** A non-JSON success media type (an archive, HTML, Prometheus text, an event stream). */
    public Optional<String> mediaType() {
        return Optional.ofNullable(b.mediaType);
    }

    /** The event schema of a Server-Sent Events answer. */
    public Optional<Schema> stream() {
        return Optional.ofNullable(b.stream);
    }

    public Optional<Pagination> pagination() {
        return Optional.ofNullable(b.pagination);
    }

    public Set<Integer> errors() {
        return new TreeSet<>(b.errors);
    }

    public Optional<String> description() {
        return Optional.ofNullable(b.description);
    }

    public static final class Builder {
        private String operationId;
        private boolean skip;
        private String params;
        private boolean scoped = true;
        private final List<Param> parameters = new ArrayList<>();
        private Schema body;
        private boolean multipart;
        private int status = 200;
        private Schema response;
        private Schema listOf;
        private String mediaType;
        private Schema stream;
        private Pagination pagination;
        private final Set<Integer> errors = new TreeSet<>();
        private String description;

        private Builder() {}

        /** The SDK's params class ({@code ChatCreateParams}). */
        public Builder params(String className) {
            this.params = className;
            return this;
        }

        /** Without the {@code organization_id}/{@code project_id} query parameters. */
        public Builder unscoped() {
            this.scoped = false;
            return this;
        }

        public Builder query(String name, Schema schema, String description) {
            parameters.add(new Param(name, "query", false, schema, description));
            return this;
        }

        public Builder requiredQuery(String name, Schema schema, String description) {
            parameters.add(new Param(name, "query", true, schema, description));
            return this;
        }

        public Builder header(String name, Schema schema, String description) {
            parameters.add(new Param(name, "header", false, schema, description));
            return this;
        }

        /** An {@code application/json} body: a component named {@code <Params>Body}. */
        public Builder jsonBody(Schema component) {
            this.body = component;
            return this;
        }

        /** A {@code multipart/form-data} body: a component whose file parts are {@link Schema#binary}. */
        public Builder multipartBody(Schema component) {
            this.body = component;
            this.multipart = true;
            return this;
        }

        /** 200 with this JSON (a component: its name is the SDK's response class). */
        public Builder ok(Schema component) {
            this.response = component;
            return this;
        }

        /** 200 with a JSON array of this component (a {@code List} of its class in the SDK). */
        public Builder okList(Schema component) {
            this.response = Schema.array(component);
            this.listOf = component;
            return this;
        }

        /** A success status other than 200 ({@code 201}, or {@code 204} with no body). */
        public Builder status(int status) {
            this.status = status;
            return this;
        }

        /** 200 with a non-JSON body of this media type. */
        public Builder answers(String mediaType) {
            this.mediaType = mediaType;
            return this;
        }

        /** A cursor page: {@code page_size} and {@code page_token} query parameters and the page envelope. */
        public Builder paged(String pageClass, Schema pageResponse) {
            query("page_size", Schema.integer().nullable(), "The maximum number of items to return.");
            query("page_token", Schema.string().nullable(), "The next_page_token of the previous page.");
            this.pagination = new Pagination(pageClass, pageResponse, "query");
            this.response = pageResponse;
            return this;
        }

        /** A cursor page whose size and token travel in the JSON body. */
        public Builder pagedInBody(String pageClass, Schema pageResponse) {
            this.pagination = new Pagination(pageClass, pageResponse, "body");
            this.response = pageResponse;
            return this;
        }

        /** A Server-Sent Events answer with events of this schema. */
        public Builder eventStream(Schema event) {
            this.mediaType = "text/event-stream";
            this.stream = event;
            return this;
        }

        /** Error statuses this route answers beyond those {@link OpenApi} adds for every route of its kind. */
        public Builder errors(Integer... statuses) {
            errors.addAll(List.of(statuses));
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Operation build() {
            if (!skip && operationId == null) {
                throw new IllegalStateException("an SDK operation needs an operationId");
            }
            Builder copy = new Builder();
            copy.operationId = operationId;
            copy.skip = skip;
            copy.params = params;
            copy.scoped = scoped;
            copy.parameters.addAll(parameters);
            copy.body = body;
            copy.multipart = multipart;
            copy.status = status;
            copy.response = response;
            copy.listOf = listOf;
            copy.mediaType = mediaType;
            copy.stream = stream;
            copy.pagination = pagination;
            copy.errors.addAll(errors);
            copy.description = description;
            return new Operation(copy);
        }
    }
}
