package com.llamacloud_prod.api.services.async.beta.directories;

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
        return http.executeForAsync(DirectoryFileRequests.add(params), requestOptions,
                json -> Json.model(json, FileAddResponse.class)).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileUploadResponse> upload(FileUploadParams params, RequestOptions requestOptions) {
        return http.executeForAsync(DirectoryFileRequests.upload(params), requestOptions,
                json -> Json.model(json, FileUploadResponse.class)).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions) {
        return http.executeForAsync(DirectoryFileRequests.list(params), requestOptions,
                json -> FileListPageAsync.builder().service(this).streamHandlerExecutor(options.streamHandlerExecutor()).params(params)
                .response(Json.model(json, FileListPageResponse.class)).build()).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileGetResponse> get(FileGetParams params, RequestOptions requestOptions) {
        return http.executeForAsync(DirectoryFileRequests.get(params), requestOptions,
                json -> Json.model(json, FileGetResponse.class)).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<FileUpdateResponse> update(FileUpdateParams params, RequestOptions requestOptions) {
        return http.executeForAsync(DirectoryFileRequests.update(params), requestOptions,
                json -> Json.model(json, FileUpdateResponse.class)).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Void> delete(FileDeleteParams params, RequestOptions requestOptions) {
        return http.executeRawAsync(DirectoryFileRequests.delete(params), requestOptions).thenApply(response -> null);
    }
}
