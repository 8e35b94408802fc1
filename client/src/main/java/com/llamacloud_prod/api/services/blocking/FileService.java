package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileDeleteParams;
import com.llamacloud_prod.api.models.files.FileContentParams;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListPage;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.util.function.Consumer;

/**
 * Uploaded files ({@code /api/v1/beta/files}). As in the official SDK, {@code get} returns a
 * presigned link to the file's bytes ({@code GET .../{file_id}/content}).
 *
 * <pre>{@code
 * FileCreateResponse file = client.files().create(FileCreateParams.builder()
 *         .file(Path.of("notes.txt"))
 *         .purpose("user_data")
 *         .build());
 * PresignedUrl link = client.files().get(file.id());
 * client.files().list().autoPager().forEach(f -> System.out.println(f.name()));
 * client.files().delete(file.id());
 * }</pre>
 */
public interface FileService {

    /** A view of this service with modified options; this one is not changed. */
    FileService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** Uploads a file ({@code multipart/form-data}). */
    FileCreateResponse create(FileCreateParams params, RequestOptions requestOptions);

    default FileCreateResponse create(FileCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** Lists the project's files, newest first unless {@code orderBy} says otherwise. */
    FileListPage list(FileListParams params, RequestOptions requestOptions);

    default FileListPage list(FileListParams params) {
        return list(params, RequestOptions.none());
    }

    default FileListPage list() {
        return list(FileListParams.none());
    }

    default FileListPage list(RequestOptions requestOptions) {
        return list(FileListParams.none(), requestOptions);
    }

    /** A presigned link to the file's bytes. */
    PresignedUrl get(FileGetParams params, RequestOptions requestOptions);

    default PresignedUrl get(FileGetParams params) {
        return get(params, RequestOptions.none());
    }

    default PresignedUrl get(String fileId, FileGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default PresignedUrl get(String fileId, FileGetParams params) {
        return get(fileId, params, RequestOptions.none());
    }

    default PresignedUrl get(String fileId) {
        return get(fileId, FileGetParams.none());
    }

    default PresignedUrl get(String fileId, RequestOptions requestOptions) {
        return get(fileId, FileGetParams.none(), requestOptions);
    }

    /** A presigned link to the file's bytes: {@code get} as LlamaCloud's SDK names it from 1.3 on. */
    PresignedUrl content(FileContentParams params, RequestOptions requestOptions);

    default PresignedUrl content(FileContentParams params) {
        return content(params, RequestOptions.none());
    }

    default PresignedUrl content(String fileId, FileContentParams params, RequestOptions requestOptions) {
        return content(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default PresignedUrl content(String fileId, FileContentParams params) {
        return content(fileId, params, RequestOptions.none());
    }

    default PresignedUrl content(String fileId) {
        return content(fileId, FileContentParams.none());
    }

    default PresignedUrl content(String fileId, RequestOptions requestOptions) {
        return content(fileId, FileContentParams.none(), requestOptions);
    }

    /** Deletes a file; directory entries that point at it are deleted too. */
    void delete(FileDeleteParams params, RequestOptions requestOptions);

    default void delete(FileDeleteParams params) {
        delete(params, RequestOptions.none());
    }

    default void delete(String fileId, FileDeleteParams params, RequestOptions requestOptions) {
        delete(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default void delete(String fileId, FileDeleteParams params) {
        delete(fileId, params, RequestOptions.none());
    }

    default void delete(String fileId) {
        delete(fileId, FileDeleteParams.none());
    }

    default void delete(String fileId, RequestOptions requestOptions) {
        delete(fileId, FileDeleteParams.none(), requestOptions);
    }


    /**
     * Queries files with filters in a JSON body (deprecated upstream: prefer {@link #list}); one
     * page, not auto-paginated.
     */
    FileQueryResponse query(FileQueryParams params, RequestOptions requestOptions);

    default FileQueryResponse query(FileQueryParams params) {
        return query(params, RequestOptions.none());
    }

    default FileQueryResponse query() {
        return query(FileQueryParams.none());
    }

    default FileQueryResponse query(RequestOptions requestOptions) {
        return query(FileQueryParams.none(), requestOptions);
    }

    /** GET /api/v1/beta/files/{file_id}: the file's record ({@code expand=download_url} adds a link to its bytes). */
    File retrieve(FileRetrieveParams params, RequestOptions requestOptions);

    default File retrieve(FileRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    default File retrieve(String fileId, FileRetrieveParams params, RequestOptions requestOptions) {
        return retrieve(params.toBuilder().fileId(fileId).build(), requestOptions);
    }

    default File retrieve(String fileId, FileRetrieveParams params) {
        return retrieve(fileId, params, RequestOptions.none());
    }

    default File retrieve(String fileId) {
        return retrieve(fileId, FileRetrieveParams.none());
    }

    default File retrieve(String fileId, RequestOptions requestOptions) {
        return retrieve(fileId, FileRetrieveParams.none(), requestOptions);
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link FileService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        FileService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        HttpResponseFor<FileQueryResponse> query(FileQueryParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileQueryResponse> query(FileQueryParams params) {
            return query(params, RequestOptions.none());
        }

        default HttpResponseFor<FileQueryResponse> query() {
            return query(FileQueryParams.none());
        }

        default HttpResponseFor<FileQueryResponse> query(RequestOptions requestOptions) {
            return query(FileQueryParams.none(), requestOptions);
        }

        HttpResponseFor<FileCreateResponse> create(FileCreateParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileCreateResponse> create(FileCreateParams params) {
            return create(params, RequestOptions.none());
        }

        HttpResponseFor<FileListPage> list(FileListParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileListPage> list(FileListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<FileListPage> list() {
            return list(FileListParams.none());
        }

        default HttpResponseFor<FileListPage> list(RequestOptions requestOptions) {
            return list(FileListParams.none(), requestOptions);
        }

        HttpResponseFor<PresignedUrl> get(FileGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<PresignedUrl> get(FileGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<PresignedUrl> get(String fileId, FileGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default HttpResponseFor<PresignedUrl> get(String fileId, FileGetParams params) {
            return get(fileId, params, RequestOptions.none());
        }

        default HttpResponseFor<PresignedUrl> get(String fileId) {
            return get(fileId, FileGetParams.none());
        }

        default HttpResponseFor<PresignedUrl> get(String fileId, RequestOptions requestOptions) {
            return get(fileId, FileGetParams.none(), requestOptions);
        }

        HttpResponseFor<PresignedUrl> content(FileContentParams params, RequestOptions requestOptions);

        default HttpResponseFor<PresignedUrl> content(FileContentParams params) {
            return content(params, RequestOptions.none());
        }

        default HttpResponseFor<PresignedUrl> content(String fileId, FileContentParams params, RequestOptions requestOptions) {
            return content(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default HttpResponseFor<PresignedUrl> content(String fileId, FileContentParams params) {
            return content(fileId, params, RequestOptions.none());
        }

        default HttpResponseFor<PresignedUrl> content(String fileId) {
            return content(fileId, FileContentParams.none());
        }

        default HttpResponseFor<PresignedUrl> content(String fileId, RequestOptions requestOptions) {
            return content(fileId, FileContentParams.none(), requestOptions);
        }

        HttpResponse delete(FileDeleteParams params, RequestOptions requestOptions);

        default HttpResponse delete(FileDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default HttpResponse delete(String fileId, FileDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default HttpResponse delete(String fileId, FileDeleteParams params) {
            return delete(fileId, params, RequestOptions.none());
        }

        default HttpResponse delete(String fileId) {
            return delete(fileId, FileDeleteParams.none());
        }

        default HttpResponse delete(String fileId, RequestOptions requestOptions) {
            return delete(fileId, FileDeleteParams.none(), requestOptions);
        }

        /** GET /api/v1/beta/files/{file_id}: the file's record ({@code expand=download_url} adds a link to its bytes). */
        HttpResponseFor<File> retrieve(FileRetrieveParams params, RequestOptions requestOptions);

        default HttpResponseFor<File> retrieve(FileRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        default HttpResponseFor<File> retrieve(String fileId, FileRetrieveParams params, RequestOptions requestOptions) {
            return retrieve(params.toBuilder().fileId(fileId).build(), requestOptions);
        }

        default HttpResponseFor<File> retrieve(String fileId, FileRetrieveParams params) {
            return retrieve(fileId, params, RequestOptions.none());
        }

        default HttpResponseFor<File> retrieve(String fileId) {
            return retrieve(fileId, FileRetrieveParams.none());
        }

        default HttpResponseFor<File> retrieve(String fileId, RequestOptions requestOptions) {
            return retrieve(fileId, FileRetrieveParams.none(), requestOptions);
        }
    }
}
