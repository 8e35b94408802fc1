package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.core.Validatable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.LogLevel;
import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.Timeout;
import com.llamacloud_prod.api.core.Validatable;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.errors.LlamaCloudIoException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Sends an {@link ApiRequest} with OkHttp: builds the URL and headers, retries, and turns the
 * answer into JSON or into the exception of its status.
 *
 * <pre>{@code
 * OkHttpExecutor http = new OkHttpExecutor(clientOptions);
 * JsonNode json = http.execute(request, RequestOptions.none());
 * }</pre>
 *
 * <p>SDK-internal. One logical request keeps one {@code Idempotency-Key} across its retries.
 */
public final class OkHttpExecutor {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    /** The least read limit for event streams: the server sends a keep-alive after 15 s of silence. */
    public static final Duration STREAM_READ_TIMEOUT = Duration.ofSeconds(60);

    private final ClientOptions options;
    private final RetryPolicy retryPolicy;

    public OkHttpExecutor(ClientOptions options) {
        this.options = options;
        this.retryPolicy = new RetryPolicy(options.clock(), () -> ThreadLocalRandom.current().nextDouble());
    }

    /**
     * @return the response's JSON, or a missing node for an empty body (e.g. 204)
     * @throws com.llamacloud_prod.api.errors.LlamaCloudServiceException for a non-2xx answer
     * @throws LlamaCloudIoException when the network fails on the last attempt
     */
    public JsonNode execute(ApiRequest request, RequestOptions requestOptions) {
        return parse(executeRaw(request, requestOptions).bytes());
    }

    /**
     * Like {@link #execute}, but keeps the status and headers: the body is parsed by
     * {@code parser} when the caller asks for it.
     */
    public <T> HttpResponseFor<T> executeFor(ApiRequest request, RequestOptions requestOptions,
                                             Function<JsonNode, T> parser) {
        Function<JsonNode, T> read = validating(requestOptions, parser);
        return executeRaw(request, requestOptions).parseable(response -> read.apply(parse(response.bytes())));
    }

    /**
     * {@code parser}, then {@link Validatable#validate()} on the model it read when response validation is
     * on for this call (the call's {@link RequestOptions} first, else the client's option), so a missing or
     * mistyped field fails at once instead of at the first getter that reads it.
     */
    private <T> Function<JsonNode, T> validating(RequestOptions requestOptions, Function<JsonNode, T> parser) {
        boolean validate = requestOptions.responseValidation().orElse(options.responseValidation());
        if (!validate) {
            return parser;
        }
        return json -> {
            T value = parser.apply(json);
            if (value instanceof Validatable model) {
                model.validate();
            }
            return value;
        };
    }

    /**
     * Sends the request (with retries) and returns the 2xx answer read fully.
     *
     * @throws com.llamacloud_prod.api.errors.LlamaCloudServiceException for a non-2xx answer
     * @throws LlamaCloudIoException when the network fails on the last attempt
     */
    public BufferedHttpResponse executeRaw(ApiRequest request, RequestOptions requestOptions) {
        OkHttpClient client = clientFor(requestOptions.timeoutOr(options.timeout()));
        Request.Builder http = prepare(request, "application/json");

        for (int retries = 0; ; retries++) {
            http.header("X-Stainless-Retry-Count", Integer.toString(retries));
            boolean lastAttempt = retries >= options.maxRetries();
            Attempt attempt;
            try {
                attempt = send(client, http.build());
            } catch (IOException e) {
                if (lastAttempt) {
                    throw new LlamaCloudIoException("Request failed: " + e.getMessage(), e);
                }
                sleep(retryPolicy.backoff(retries + 1, Optional.empty()));
                continue;
            }
            if (attempt.status >= 200 && attempt.status < 300) {
                return new BufferedHttpResponse(attempt.status, attempt.headers, attempt.body);
            }
            if (lastAttempt || !retryPolicy.shouldRetry(attempt.status, attempt.headers)) {
                throw HttpErrors.exception(attempt.status, attempt.headers, errorBody(attempt.body));
            }
            sleep(retryPolicy.backoff(retries + 1, Optional.of(attempt.headers)));
        }
    }

    /**
     * Like {@link #executeFor}, without blocking: OkHttp's dispatcher sends each attempt and the
     * waits between retries are the sleeper's (no thread is held while waiting). The future fails
     * with the same exceptions {@link #executeRaw} throws.
     */
    public <T> CompletableFuture<HttpResponseFor<T>> executeForAsync(ApiRequest request, RequestOptions requestOptions,
                                                                    Function<JsonNode, T> parser) {
        Function<JsonNode, T> read = validating(requestOptions, parser);
        return executeRawAsync(request, requestOptions)
                .thenApply(raw -> raw.parseable(response -> read.apply(parse(response.bytes()))));
    }

    /** Like {@link #executeRaw}, without blocking; cancelling the future cancels the call in flight. */
    public CompletableFuture<BufferedHttpResponse> executeRawAsync(ApiRequest request, RequestOptions requestOptions) {
        OkHttpClient client = clientFor(requestOptions.timeoutOr(options.timeout()));
        CompletableFuture<BufferedHttpResponse> result = new CompletableFuture<>();
        new AsyncAttempts(client, prepare(request, "application/json"), result, true).send(0);
        return result;
    }

    /**
     * Sends a request whose answer is a Server-Sent Events stream, without blocking, and completes
     * with the 2xx answer read to its end (the whole stream, buffered). The timeouts and retries
     * are those of {@link #openStream}: status-based retries only, never after an I/O failure,
     * because the server may already have started the turn.
     */
    public CompletableFuture<BufferedHttpResponse> executeStreamAsync(ApiRequest request, RequestOptions requestOptions) {
        CompletableFuture<BufferedHttpResponse> result = new CompletableFuture<>();
        new AsyncAttempts(streamClient(requestOptions), prepare(request, "text/event-stream"), result, false).send(0);
        return result;
    }

    /** The attempts of one asynchronous call; each runs on OkHttp's dispatcher. */
    private final class AsyncAttempts implements Callback {
        private final OkHttpClient client;
        private final Request.Builder http;
        private final CompletableFuture<BufferedHttpResponse> result;
        /** Whether a network failure is retried (not for a stream: the server may have started the turn). */
        private final boolean retryIoFailures;
        private int retries;

        AsyncAttempts(OkHttpClient client, Request.Builder http, CompletableFuture<BufferedHttpResponse> result,
                      boolean retryIoFailures) {
            this.client = client;
            this.http = http;
            this.result = result;
            this.retryIoFailures = retryIoFailures;
        }

        void send(int retries) {
            this.retries = retries;
            http.header("X-Stainless-Retry-Count", Integer.toString(retries));
            Call call = client.newCall(http.build());
            result.whenComplete((value, error) -> {
                if (result.isCancelled()) {
                    call.cancel();
                }
            });
            call.enqueue(this);
        }

        @Override
        public void onFailure(Call call, IOException e) {
            if (!retryIoFailures || retries >= options.maxRetries() || result.isDone()) {
                result.completeExceptionally(new LlamaCloudIoException("Request failed: " + e.getMessage(), e));
                return;
            }
            retryAfter(retryPolicy.backoff(retries + 1, Optional.empty()));
        }

        @Override
        public void onResponse(Call call, Response response) {
            Attempt attempt;
            try (response) {
                attempt = new Attempt(response.code(), headers(response), response.body().bytes());
            } catch (IOException e) {
                onFailure(call, e);
                return;
            }
            if (attempt.status >= 200 && attempt.status < 300) {
                result.complete(new BufferedHttpResponse(attempt.status, attempt.headers, attempt.body));
            } else if (retries >= options.maxRetries() || !retryPolicy.shouldRetry(attempt.status, attempt.headers)) {
                result.completeExceptionally(HttpErrors.exception(attempt.status, attempt.headers, errorBody(attempt.body)));
            } else {
                retryAfter(retryPolicy.backoff(retries + 1, Optional.of(attempt.headers)));
            }
        }

        private void retryAfter(Duration wait) {
            options.sleeper().sleepAsync(wait).whenComplete((ignored, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (!result.isDone()) {
                    send(retries + 1);
                }
            });
        }
    }

    /**
     * Sends a request whose answer is a Server-Sent Events stream and returns the open 2xx
     * response; the caller reads its body incrementally and must close it.
     *
     * <p>Only answers that arrived before any event are retried (status-based, as in
     * {@link #execute}); an I/O failure is not, because the server may already have started the
     * turn. The whole-call limit is lifted and the read limit is at least {@link #STREAM_READ_TIMEOUT},
     * longer than the server's 15 s keep-alive.
     *
     * @throws com.llamacloud_prod.api.errors.LlamaCloudServiceException for a non-2xx answer
     * @throws LlamaCloudIoException when the network fails
     */
    public Response openStream(ApiRequest request, RequestOptions requestOptions) {
        OkHttpClient client = streamClient(requestOptions);
        Request.Builder http = prepare(request, "text/event-stream");

        for (int retries = 0; ; retries++) {
            http.header("X-Stainless-Retry-Count", Integer.toString(retries));
            Response response;
            try {
                response = client.newCall(http.build()).execute();
            } catch (IOException e) {
                throw new LlamaCloudIoException("Request failed: " + e.getMessage(), e);
            }
            if (response.isSuccessful()) {
                return response;
            }
            Attempt attempt;
            try (response) {
                attempt = new Attempt(response.code(), headers(response), response.body().bytes());
            } catch (IOException e) {
                throw new LlamaCloudIoException("Reading the error response failed: " + e.getMessage(), e);
            }
            if (retries >= options.maxRetries() || !retryPolicy.shouldRetry(attempt.status, attempt.headers)) {
                throw HttpErrors.exception(attempt.status, attempt.headers, errorBody(attempt.body));
            }
            sleep(retryPolicy.backoff(retries + 1, Optional.of(attempt.headers)));
        }
    }

    /** A client for a stream: no whole-call limit, a read limit of at least {@link #STREAM_READ_TIMEOUT}. */
    private OkHttpClient streamClient(RequestOptions requestOptions) {
        Timeout timeout = requestOptions.timeoutOr(options.timeout());
        Duration read = timeout.read().isZero() || timeout.read().compareTo(STREAM_READ_TIMEOUT) >= 0
                ? timeout.read()
                : STREAM_READ_TIMEOUT;
        return clientFor(Timeout.builder()
                .connect(timeout.connect()).write(timeout.write()).read(read).request(Duration.ZERO).build());
    }

    private Request.Builder prepare(ApiRequest request, String accept) {
        Request.Builder http = new Request.Builder().url(url(request));
        options.headers().names().forEach(name -> options.headers().values(name)
                .forEach(value -> http.addHeader(name, value)));
        request.headers().names().forEach(name -> {
            http.removeHeader(name);
            request.headers().values(name).forEach(value -> http.addHeader(name, value));
        });
        if (request.headers().values("Accept").isEmpty()) {
            http.header("Accept", accept);
        }
        if (!request.method().equals("GET") && options.headers().values("Idempotency-Key").isEmpty()
                && request.headers().values("Idempotency-Key").isEmpty()) {
            http.header("Idempotency-Key", "quire-java-" + UUID.randomUUID());
        }
        return http.method(request.method(), body(request));
    }

    private HttpUrl url(ApiRequest request) {
        HttpUrl base = HttpUrl.get(options.baseUrl());
        HttpUrl.Builder url = base.newBuilder();
        // addPathSegment percent-encodes each segment on its own, so '/' in an id becomes %2F.
        request.pathSegments().forEach(url::addPathSegment);
        QueryParams query = options.queryParams().toBuilder().replaceAll(request.queryParams()).build();
        for (String key : query.keys()) {
            query.values(key).forEach(value -> url.addQueryParameter(key, value));
        }
        return url.build();
    }

    private static RequestBody body(ApiRequest request) {
        if (!request.multipart().isEmpty()) {
            return multipart(request.multipart());
        }
        if (request.body().isPresent()) {
            return RequestBody.create(request.body().get().toString(), JSON);
        }
        // OkHttp requires a body for POST/PUT/PATCH; the API treats an empty one as absent.
        return request.method().equals("GET") || request.method().equals("DELETE")
                ? null
                : RequestBody.create(new byte[0], null);
    }

    private static RequestBody multipart(java.util.List<ApiRequest.Part> parts) {
        MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
        for (ApiRequest.Part part : parts) {
            if (part.file().isPresent()) {
                MultipartField<?> file = part.file().get();
                if (file.isText() && file.filename().isEmpty()) {
                    form.addFormDataPart(part.name(), file.text().orElseThrow());
                    continue;
                }
                MediaType type = MediaType.parse(file.contentType());
                // A path streams from disk on every attempt; bytes are already in memory.
                RequestBody content = file.path().isPresent()
                        ? RequestBody.create(file.path().get().toFile(), type)
                        : RequestBody.create(file.bytes(), type);
                // No filename for an unnamed stream, as LlamaCloud's SDK sends it; the API accepts that.
                form.addPart(MultipartBody.Part.createFormData(part.name(), file.filename().orElse(null), content));
            } else {
                form.addFormDataPart(part.name(), part.text().orElseThrow());
            }
        }
        return form.build();
    }

    /** A response read fully, so the connection goes back to the pool before any retry. */
    private static final class Attempt {
        final int status;
        final Headers headers;
        final byte[] body;

        Attempt(int status, Headers headers, byte[] body) {
            this.status = status;
            this.headers = headers;
            this.body = body;
        }
    }

    private static Attempt send(OkHttpClient client, Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            return new Attempt(response.code(), headers(response), body.bytes());
        }
    }

    private static Headers headers(Response response) {
        Headers.Builder headers = Headers.builder();
        for (String name : response.headers().names()) {
            headers.put(name, response.headers(name));
        }
        return headers.build();
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return options.jsonMapper().readTree(body);
        } catch (IOException e) {
            throw new LlamaCloudInvalidDataException("response body is not JSON: " + preview(body), e);
        }
    }

    private static JsonValue errorBody(byte[] body) {
        if (body.length == 0) {
            return JsonValue.missing();
        }
        try {
            return JsonValue.from(ObjectMappers.jsonMapper().readTree(body));
        } catch (IOException e) {
            return JsonValue.from(new String(body, StandardCharsets.UTF_8));
        }
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    private OkHttpClient clientFor(Timeout timeout) {
        OkHttpClient base = options.httpClient();
        boolean sameTimeouts = base.connectTimeoutMillis() == timeout.connect().toMillis()
                && base.readTimeoutMillis() == timeout.read().toMillis()
                && base.writeTimeoutMillis() == timeout.write().toMillis()
                && base.callTimeoutMillis() == timeout.request().toMillis();
        if (sameTimeouts && options.logLevel() == LogLevel.OFF) {
            return base;
        }
        // newBuilder() shares the connection pool and dispatcher; only the limits and logging differ.
        OkHttpClient.Builder variant = base.newBuilder()
                .connectTimeout(timeout.connect().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.read().toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeout.write().toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeout.request().toMillis(), TimeUnit.MILLISECONDS);
        if (options.logLevel() != LogLevel.OFF) {
            variant.addInterceptor(new LoggingInterceptor(options.logLevel(), System.err));
        }
        return variant.build();
    }

    private void sleep(Duration duration) {
        options.sleeper().sleep(duration);
    }
}
