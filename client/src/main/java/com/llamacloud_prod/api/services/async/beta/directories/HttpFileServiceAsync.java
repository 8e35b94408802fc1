package com.llamacloud_prod.api.services.async.beta.directories;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPageAsync;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPageResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import com.llamacloud_prod.api.services.requests.DirectoryFileRequests;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link FileServiceAsync} over OkHttp's asynchronous calls: the same requests as the blocking service,
 * sent without holding a thread.
 *
 * <pre>{@code
 * FileServiceAsync service = new HttpFileServiceAsync(clientOptions);
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
    public CompletableFuture<FileAddResponse> add(FileAddParams params, RequestOptions requestOptions) {
        return raw.add(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileUploadResponse> upload(FileUploadParams params, RequestOptions requestOptions) {
        return raw.upload(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileGetResponse> get(FileGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileUpdateResponse> update(FileUpdateParams params, RequestOptions requestOptions) {
        return raw.update(params, requestOptions).thenApply(HttpResponseFor::parse);
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
        public CompletableFuture<HttpResponseFor<FileAddResponse>> add(FileAddParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryFileRequests.add(params), requestOptions,
                    json -> Json.model(json, FileAddResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileUploadResponse>> upload(FileUploadParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryFileRequests.upload(params), requestOptions,
                    json -> Json.model(json, FileUploadResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryFileRequests.list(params), requestOptions,
                    json -> FileListPageAsync.builder().service(HttpFileServiceAsync.this).streamHandlerExecutor(options.streamHandlerExecutor()).params(params)
                    .response(Json.model(json, FileListPageResponse.class)).build());
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileGetResponse>> get(FileGetParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryFileRequests.get(params), requestOptions,
                    json -> Json.model(json, FileGetResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<FileUpdateResponse>> update(FileUpdateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(DirectoryFileRequests.update(params), requestOptions,
                    json -> Json.model(json, FileUpdateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponse> delete(FileDeleteParams params, RequestOptions requestOptions) {
            return http.executeRawAsync(DirectoryFileRequests.delete(params), requestOptions).thenApply(HttpResponse.class::cast);
        }
    }
}
