package com.llamacloud_prod.api.services.async;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.files.FileContentParams;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileDeleteParams;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListPageAsync;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Files ({@code /api/v1/beta/files}) without blocking: each call returns at once and completes on
 * OkHttp's dispatcher.
 *
 * <pre>{@code
 * client.async().files().create(FileCreateParams.builder().file(Path.of("a.pdf")).purpose("user_data").build())
 *         .thenCompose(file -> client.async().files().content(file.id()))
 *         .thenAccept(link -> System.out.println(link.url()));
 * }</pre>
 */
public interface FileServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    FileServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    CompletableFuture<FileCreateResponse> create(FileCreateParams params, RequestOptions requestOptions);

    default CompletableFuture<FileCreateResponse> create(FileCreateParams params) {
        return create(params, RequestOptions.none());
    }

    CompletableFuture<FileListPageAsync> list(FileListParams params, RequestOptions requestOptions);

    default CompletableFuture<FileListPageAsync> list(FileListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<FileListPageAsync> list() {
        return list(FileListParams.none());
    }

    default CompletableFuture<FileListPageAsync> list(RequestOptions requestOptions) {
        return list(FileListParams.none(), requestOptions);
    }

    CompletableFuture<PresignedUrl> get(FileGetParams params, RequestOptions requestOptions);

    default CompletableFuture<PresignedUrl> get(FileGetParams params) {
        return get(params, RequestOptions.none());
    }

    default CompletableFuture<PresignedUrl> get(String fileId, FileGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default CompletableFuture<PresignedUrl> get(String fileId, FileGetParams params) {
        return get(fileId, params, RequestOptions.none());
    }

    default CompletableFuture<PresignedUrl> get(String fileId) {
        return get(fileId, FileGetParams.none());
    }

    default CompletableFuture<PresignedUrl> get(String fileId, RequestOptions requestOptions) {
        return get(fileId, FileGetParams.none(), requestOptions);
    }

    CompletableFuture<PresignedUrl> content(FileContentParams params, RequestOptions requestOptions);

    default CompletableFuture<PresignedUrl> content(FileContentParams params) {
        return content(params, RequestOptions.none());
    }

    default CompletableFuture<PresignedUrl> content(String fileId, FileContentParams params, RequestOptions requestOptions) {
        return content(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default CompletableFuture<PresignedUrl> content(String fileId, FileContentParams params) {
        return content(fileId, params, RequestOptions.none());
    }

    default CompletableFuture<PresignedUrl> content(String fileId) {
        return content(fileId, FileContentParams.none());
    }

    default CompletableFuture<PresignedUrl> content(String fileId, RequestOptions requestOptions) {
        return content(fileId, FileContentParams.none(), requestOptions);
    }

    CompletableFuture<Void> delete(FileDeleteParams params, RequestOptions requestOptions);

    default CompletableFuture<Void> delete(FileDeleteParams params) {
        return delete(params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String fileId, FileDeleteParams params, RequestOptions requestOptions) {
        return delete(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default CompletableFuture<Void> delete(String fileId, FileDeleteParams params) {
        return delete(fileId, params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String fileId) {
        return delete(fileId, FileDeleteParams.none());
    }

    default CompletableFuture<Void> delete(String fileId, RequestOptions requestOptions) {
        return delete(fileId, FileDeleteParams.none(), requestOptions);
    }

    CompletableFuture<FileQueryResponse> query(FileQueryParams params, RequestOptions requestOptions);

    default CompletableFuture<FileQueryResponse> query(FileQueryParams params) {
        return query(params, RequestOptions.none());
    }

    default CompletableFuture<FileQueryResponse> query() {
        return query(FileQueryParams.none());
    }

    default CompletableFuture<FileQueryResponse> query(RequestOptions requestOptions) {
        return query(FileQueryParams.none(), requestOptions);
    }


    /** GET /api/v1/beta/files/{file_id}: the file's record ({@code expand=download_url} adds a link to its bytes). */
    CompletableFuture<File> retrieve(FileRetrieveParams params, RequestOptions requestOptions);

    default CompletableFuture<File> retrieve(FileRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    default CompletableFuture<File> retrieve(String fileId, FileRetrieveParams params, RequestOptions requestOptions) {
        return retrieve(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default CompletableFuture<File> retrieve(String fileId, FileRetrieveParams params) {
        return retrieve(fileId, params, RequestOptions.none());
    }

    default CompletableFuture<File> retrieve(String fileId) {
        return retrieve(fileId, FileRetrieveParams.none());
    }

    default CompletableFuture<File> retrieve(String fileId, RequestOptions requestOptions) {
        return retrieve(fileId, FileRetrieveParams.none(), requestOptions);
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link FileServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        FileServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        CompletableFuture<HttpResponseFor<FileCreateResponse>> create(FileCreateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileCreateResponse>> create(FileCreateParams params) {
            return create(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(FileListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list() {
            return list(FileListParams.none());
        }

        default CompletableFuture<HttpResponseFor<FileListPageAsync>> list(RequestOptions requestOptions) {
            return list(FileListParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<PresignedUrl>> get(FileGetParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<PresignedUrl>> get(FileGetParams params) {
            return get(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> get(String fileId, FileGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> get(String fileId, FileGetParams params) {
            return get(fileId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> get(String fileId) {
            return get(fileId, FileGetParams.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> get(String fileId, RequestOptions requestOptions) {
            return get(fileId, FileGetParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<PresignedUrl>> content(FileContentParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<PresignedUrl>> content(FileContentParams params) {
            return content(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> content(String fileId, FileContentParams params, RequestOptions requestOptions) {
            return content(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> content(String fileId, FileContentParams params) {
            return content(fileId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> content(String fileId) {
            return content(fileId, FileContentParams.none());
        }

        default CompletableFuture<HttpResponseFor<PresignedUrl>> content(String fileId, RequestOptions requestOptions) {
            return content(fileId, FileContentParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponse> delete(FileDeleteParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponse> delete(FileDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String fileId, FileDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String fileId, FileDeleteParams params) {
            return delete(fileId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String fileId) {
            return delete(fileId, FileDeleteParams.none());
        }

        default CompletableFuture<HttpResponse> delete(String fileId, RequestOptions requestOptions) {
            return delete(fileId, FileDeleteParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<FileQueryResponse>> query(FileQueryParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<FileQueryResponse>> query(FileQueryParams params) {
            return query(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<FileQueryResponse>> query() {
            return query(FileQueryParams.none());
        }

        default CompletableFuture<HttpResponseFor<FileQueryResponse>> query(RequestOptions requestOptions) {
            return query(FileQueryParams.none(), requestOptions);
        }

        /** GET /api/v1/beta/files/{file_id}: the file's record ({@code expand=download_url} adds a link to its bytes). */
        CompletableFuture<HttpResponseFor<File>> retrieve(FileRetrieveParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<File>> retrieve(FileRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<File>> retrieve(String fileId, FileRetrieveParams params, RequestOptions requestOptions) {
            return retrieve(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<File>> retrieve(String fileId, FileRetrieveParams params) {
            return retrieve(fileId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<File>> retrieve(String fileId) {
            return retrieve(fileId, FileRetrieveParams.none());
        }

        default CompletableFuture<HttpResponseFor<File>> retrieve(String fileId, RequestOptions requestOptions) {
            return retrieve(fileId, FileRetrieveParams.none(), requestOptions);
        }
    }
}
