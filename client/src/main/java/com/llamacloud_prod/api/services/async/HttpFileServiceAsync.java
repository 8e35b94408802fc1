package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.files.FileContentParams;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileDeleteParams;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListPageAsync;
import com.llamacloud_prod.api.models.files.FileListPageResponse;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import com.llamacloud_prod.api.services.requests.FileRequests;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link FileServiceAsync} over OkHttp's asynchronous calls: the same requests as the blocking
 * service, sent without holding a thread.
 *
 * <pre>{@code
 * FileServiceAsync files = new HttpFileServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpFileServiceAsync implements FileServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpFileServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public FileServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpFileServiceAsync(builder.build());
    }

    @Override
    public CompletableFuture<FileQueryResponse> query(FileQueryParams params, RequestOptions requestOptions) {
        return raw.query(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileCreateResponse> create(FileCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<PresignedUrl> get(FileGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<PresignedUrl> content(FileContentParams params, RequestOptions requestOptions) {
        return raw.content(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<File> retrieve(FileRetrieveParams params, RequestOptions requestOptions) {
        return raw.retrieve(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Void> delete(FileDeleteParams params, RequestOptions requestOptions) {
        return raw.delete(params, requestOptions).thenApply(response -> null);
    }

    @Override
    public FileServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements FileServiceAsync.WithRawResponse {

        @Override
        public FileServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpFileServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileQueryResponse>> query(FileQueryParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.query(params), requestOptions,
                    json -> Json.model(json, FileQueryResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileCreateResponse>> create(FileCreateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.create(params), requestOptions,
                    json -> Json.model(json, FileCreateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.list(params), requestOptions,
                    json -> FileListPageAsync.builder().service(HttpFileServiceAsync.this).streamHandlerExecutor(options.streamHandlerExecutor())
                            .params(params).response(Json.model(json, FileListPageResponse.class)).build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<PresignedUrl>> get(FileGetParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.get(params), requestOptions,
                    json -> Json.model(json, PresignedUrl.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<PresignedUrl>> content(FileContentParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.content(params), requestOptions,
                    json -> Json.model(json, PresignedUrl.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<File>> retrieve(FileRetrieveParams params, RequestOptions requestOptions) {
            return http.executeForAsync(FileRequests.retrieve(params), requestOptions,
                    json -> Json.model(json, File.class));
        }

        @Override
        public CompletableFuture<HttpResponse> delete(FileDeleteParams params, RequestOptions requestOptions) {
            return http.executeRawAsync(FileRequests.delete(params), requestOptions).thenApply(HttpResponse.class::cast);
        }
    }
}
