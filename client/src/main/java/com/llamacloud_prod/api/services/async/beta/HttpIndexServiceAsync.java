package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexDeleteParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPageAsync;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPageResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import com.llamacloud_prod.api.services.requests.IndexRequests;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link IndexServiceAsync} over OkHttp's asynchronous calls: the same requests as the blocking service,
 * sent without holding a thread.
 *
 * <pre>{@code
 * IndexServiceAsync service = new HttpIndexServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpIndexServiceAsync implements IndexServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpIndexServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public IndexServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpIndexServiceAsync(builder.build());
    }

    @Override
    public CompletableFuture<IndexCreateResponse> create(IndexCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<IndexListPageAsync> list(IndexListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<IndexGetResponse> get(IndexGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Void> delete(IndexDeleteParams params, RequestOptions requestOptions) {
        return raw.delete(params, requestOptions).thenApply(response -> null);
    }

    @Override
    public CompletableFuture<IndexSyncResponse> sync(IndexSyncParams params, RequestOptions requestOptions) {
        return raw.sync(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public IndexServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements IndexServiceAsync.WithRawResponse {

        @Override
        public IndexServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpIndexServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<IndexCreateResponse>> create(IndexCreateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(IndexRequests.create(params), requestOptions,
                    json -> Json.model(json, IndexCreateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<IndexListPageAsync>> list(IndexListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(IndexRequests.list(params), requestOptions,
                    json -> IndexListPageAsync.builder().service(HttpIndexServiceAsync.this).streamHandlerExecutor(options.streamHandlerExecutor()).params(params)
                    .response(Json.model(json, IndexListPageResponse.class)).build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<IndexGetResponse>> get(IndexGetParams params, RequestOptions requestOptions) {
            return http.executeForAsync(IndexRequests.get(params), requestOptions,
                    json -> Json.model(json, IndexGetResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponse> delete(IndexDeleteParams params, RequestOptions requestOptions) {
            return http.executeRawAsync(IndexRequests.delete(params), requestOptions).thenApply(HttpResponse.class::cast);
        }

        @Override
        public CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(IndexSyncParams params, RequestOptions requestOptions) {
            return http.executeForAsync(IndexRequests.sync(params), requestOptions,
                    json -> Json.model(json, IndexSyncResponse.class));
        }
    }
}
