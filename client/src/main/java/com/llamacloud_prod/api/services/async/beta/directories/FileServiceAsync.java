package com.llamacloud_prod.api.services.async.beta.directories;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPageAsync;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The entries of a directory ({@code /api/v1/beta/directories/{id}/files}) without blocking: each
 * call returns at once and completes on OkHttp's dispatcher.
 *
 * <pre>{@code
 * FileServiceAsync files = client.async().beta().directories().files();
 * files.upload(directoryId, FileUploadParams.builder().uploadFile(Path.of("a.txt")).build())
 *         .thenAccept(entry -> System.out.println(entry.id()));
 * }</pre>
 */
public interface FileServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    FileServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    CompletableFuture<FileAddResponse> add(FileAddParams params, RequestOptions requestOptions);

    default CompletableFuture<FileAddResponse> add(FileAddParams params) {
        return add(params, RequestOptions.none());
    }

    default CompletableFuture<FileAddResponse> add(String directoryId, FileAddParams params, RequestOptions requestOptions) {
        return add(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<FileAddResponse> add(String directoryId, FileAddParams params) {
        return add(directoryId, params, RequestOptions.none());
    }

    CompletableFuture<FileUploadResponse> upload(FileUploadParams params, RequestOptions requestOptions);

    default CompletableFuture<FileUploadResponse> upload(FileUploadParams params) {
        return upload(params, RequestOptions.none());
    }

    default CompletableFuture<FileUploadResponse> upload(String directoryId, FileUploadParams params, RequestOptions requestOptions) {
        return upload(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<FileUploadResponse> upload(String directoryId, FileUploadParams params) {
        return upload(directoryId, params, RequestOptions.none());
    }

    CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

    default CompletableFuture<FileListPageAsync> list(FileListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<FileListPageAsync> list(String directoryId, FileListParams params, RequestOptions requestOptions) {
        return list(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<FileListPageAsync> list(String directoryId, FileListParams params) {
        return list(directoryId, params, RequestOptions.none());
    }

    default CompletableFuture<FileListPageAsync> list(String directoryId) {
        return list(directoryId, FileListParams.none());
    }

    default CompletableFuture<FileListPageAsync> list(String directoryId, RequestOptions requestOptions) {
        return list(directoryId, FileListParams.none(), requestOptions);
    }

    CompletableFuture<FileGetResponse> get(FileGetParams params, RequestOptions requestOptions);

    default CompletableFuture<FileGetResponse> get(FileGetParams params) {
        return get(params, RequestOptions.none());
    }

    default CompletableFuture<FileGetResponse> get(String directoryFileId, FileGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default CompletableFuture<FileGetResponse> get(String directoryFileId, FileGetParams params) {
        return get(directoryFileId, params, RequestOptions.none());
    }

    CompletableFuture<FileUpdateResponse> update(FileUpdateParams params, RequestOptions requestOptions);

    default CompletableFuture<FileUpdateResponse> update(FileUpdateParams params) {
        return update(params, RequestOptions.none());
    }

    default CompletableFuture<FileUpdateResponse> update(String directoryFileId, FileUpdateParams params, RequestOptions requestOptions) {
        return update(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default CompletableFuture<FileUpdateResponse> update(String directoryFileId, FileUpdateParams params) {
        return update(directoryFileId, params, RequestOptions.none());
    }

    CompletableFuture<Void> delete(FileDeleteParams params, RequestOptions requestOptions);

    default CompletableFuture<Void> delete(FileDeleteParams params) {
        return delete(params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String directoryFileId, FileDeleteParams params, RequestOptions requestOptions) {
        return delete(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default CompletableFuture<Void> delete(String directoryFileId, FileDeleteParams params) {
        return delete(directoryFileId, params, RequestOptions.none());
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link FileServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        FileServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        CompletableFuture<HttpResponseFor<FileAddResponse>> add(FileAddParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileAddResponse>> add(FileAddParams params) {
            return add(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileAddResponse>> add(String directoryId, FileAddParams params, RequestOptions requestOptions) {
            return add(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<FileAddResponse>> add(String directoryId, FileAddParams params) {
            return add(directoryId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<FileUploadResponse>> upload(FileUploadParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileUploadResponse>> upload(FileUploadParams params) {
            return upload(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileUploadResponse>> upload(String directoryId, FileUploadParams params, RequestOptions requestOptions) {
            return upload(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<FileUploadResponse>> upload(String directoryId, FileUploadParams params) {
            return upload(directoryId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(String directoryId, FileListParams params, RequestOptions requestOptions) {
            return list(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(String directoryId, FileListParams params) {
            return list(directoryId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(String directoryId) {
            return list(directoryId, FileListParams.none());
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(String directoryId, RequestOptions requestOptions) {
            return list(directoryId, FileListParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<FileGetResponse>> get(FileGetParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileGetResponse>> get(FileGetParams params) {
            return get(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileGetResponse>> get(String directoryFileId, FileGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<FileGetResponse>> get(String directoryFileId, FileGetParams params) {
            return get(directoryFileId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<FileUpdateResponse>> update(FileUpdateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileUpdateResponse>> update(FileUpdateParams params) {
            return update(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileUpdateResponse>> update(String directoryFileId, FileUpdateParams params, RequestOptions requestOptions) {
            return update(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<FileUpdateResponse>> update(String directoryFileId, FileUpdateParams params) {
            return update(directoryFileId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponse> delete(FileDeleteParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponse> delete(FileDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String directoryFileId, FileDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String directoryFileId, FileDeleteParams params) {
            return delete(directoryFileId, params, RequestOptions.none());
        }
    }
}
