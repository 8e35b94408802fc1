package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPageResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPageResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPageAsync;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPageAsync;
import com.llamacloud_prod.api.services.requests.RetrievalRequests;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link RetrievalServiceAsync} over OkHttp's asynchronous calls: the same requests as the blocking service,
 * sent without holding a thread.
 *
 * <pre>{@code
 * RetrievalServiceAsync service = new HttpRetrievalServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpRetrievalServiceAsync implements RetrievalServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpRetrievalServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public RetrievalServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpRetrievalServiceAsync(builder.build());
    }

    @Override
    public CompletableFuture<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions) {
        return raw.retrieve(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<RetrievalFindPageAsync> find(RetrievalFindParams params, RequestOptions requestOptions) {
        return raw.find(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<RetrievalGrepPageAsync> grep(RetrievalGrepParams params, RequestOptions requestOptions) {
        return raw.grep(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<RetrievalReadResponse> read(RetrievalReadParams params, RequestOptions requestOptions) {
        return raw.read(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public RetrievalServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements RetrievalServiceAsync.WithRawResponse {

        @Override
        public RetrievalServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpRetrievalServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<RetrievalRetrieveResponse>> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions) {
            return http.executeForAsync(RetrievalRequests.retrieve(params), requestOptions,
                    json -> Json.model(json, RetrievalRetrieveResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<RetrievalFindPageAsync>> find(RetrievalFindParams params, RequestOptions requestOptions) {
            return http.executeForAsync(RetrievalRequests.find(params), requestOptions,
                    json -> RetrievalFindPageAsync.builder().service(HttpRetrievalServiceAsync.this).streamHandlerExecutor(options.streamHandlerExecutor())
                            .params(params).response(Json.model(json, RetrievalFindPageResponse.class)).build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<RetrievalGrepPageAsync>> grep(RetrievalGrepParams params, RequestOptions requestOptions) {
            return http.executeForAsync(RetrievalRequests.grep(params), requestOptions,
                    json -> RetrievalGrepPageAsync.builder().service(HttpRetrievalServiceAsync.this).streamHandlerExecutor(options.streamHandlerExecutor())
                            .params(params).response(Json.model(json, RetrievalGrepPageResponse.class)).build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<RetrievalReadResponse>> read(RetrievalReadParams params, RequestOptions requestOptions) {
            return http.executeForAsync(RetrievalRequests.read(params), requestOptions,
                    json -> Json.model(json, RetrievalReadResponse.class));
        }
    }
}
