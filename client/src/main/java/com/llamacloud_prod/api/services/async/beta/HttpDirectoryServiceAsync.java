package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPageAsync;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPageResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.services.requests.DirectoryRequests;
import com.llamacloud_prod.api.services.async.beta.directories.FileServiceAsync;
import com.llamacloud_prod.api.services.async.beta.directories.HttpFileServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link DirectoryServiceAsync} over OkHttp's asynchronous calls: the same requests as the
 * blocking service, sent without holding a thread.
 *
 * <pre>{@code
 * DirectoryServiceAsync directories = new HttpDirectoryServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpDirectoryServiceAsync implements DirectoryServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();
    private final FileServiceAsync files;

    public HttpDirectoryServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
        this.files = new HttpFileServiceAsync(options);
    }

    @Override
    public DirectoryServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpDirectoryServiceAsync(builder.build());
    }

    @Override
    public FileServiceAsync files() {
        return files;
    }

    @Override
    public CompletableFuture<DirectoryCreateResponse> create(DirectoryCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<DirectoryListPageAsync> list(DirectoryListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<DirectoryGetResponse> get(DirectoryGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<DirectoryUpdateResponse> update(DirectoryUpdateParams params, RequestOptions requestOptions) {
        return raw.update(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Void> delete(DirectoryDeleteParams params, RequestOptions requestOptions) {
        return raw.delete(params, requestOptions).thenApply(response -> null);
    }

    @Override
    public DirectoryServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements DirectoryServiceAsync.WithRawResponse {

        @Override
        public DirectoryServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpDirectoryServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public FileServiceAsync.WithRawResponse files() {
            return HttpDirectoryServiceAsync.this.files().withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<DirectoryCreateResponse>> create(DirectoryCreateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryRequests.create(params), requestOptions,
                    json -> Json.model(json, DirectoryCreateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<DirectoryListPageAsync>> list(DirectoryListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryRequests.list(params), requestOptions,
                    json -> DirectoryListPageAsync.builder()
                            .service(HttpDirectoryServiceAsync.this)
                            .streamHandlerExecutor(options.streamHandlerExecutor())
                            .params(params)
                            .response(Json.model(json, DirectoryListPageResponse.class))
                            .build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(DirectoryGetParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryRequests.get(params), requestOptions,
                    json -> Json.model(json, DirectoryGetResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(DirectoryUpdateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryRequests.update(params), requestOptions,
                    json -> Json.model(json, DirectoryUpdateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponse> delete(DirectoryDeleteParams params, RequestOptions requestOptions) {
            return http.executeRawAsync(DirectoryRequests.delete(params), requestOptions).thenApply(HttpResponse.class::cast);
        }
    }
}
