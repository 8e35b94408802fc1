package com.llamacloud_prod.api.services.blocking.beta.directories;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPage;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import java.util.function.Consumer;

/**
 * The entries of a directory ({@code /api/v1/beta/directories/{directory_id}/files}). Calls on one
 * entry take its id positionally and the directory in the params, as in the official SDK.
 *
 * <pre>{@code
 * FileService files = client.beta().directories().files();
 * FileUploadResponse entry = files.upload(directoryId, FileUploadParams.builder()
 *         .uploadFile(Path.of("a.txt"))
 *         .metadata(Map.of("team", "legal"))
 *         .build());
 * files.list(directoryId).autoPager().forEach(f -> System.out.println(f.displayName()));
 * files.delete(entry.id(), FileDeleteParams.builder().directoryId(directoryId).build());
 * }</pre>
 */
public interface FileService {

    /** A view of this service with modified options; this one is not changed. */
    FileService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** Adds an uploaded file to a directory (replacing an entry with the same {@code unique_id}). */
    FileAddResponse add(FileAddParams params, RequestOptions requestOptions);

    default FileAddResponse add(FileAddParams params) {
        return add(params, RequestOptions.none());
    }

    default FileAddResponse add(String directoryId, FileAddParams params, RequestOptions requestOptions) {
        return add(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default FileAddResponse add(String directoryId, FileAddParams params) {
        return add(directoryId, params, RequestOptions.none());
    }

    /** Uploads a file and adds it to a directory in one multipart request. */
    FileUploadResponse upload(FileUploadParams params, RequestOptions requestOptions);

    default FileUploadResponse upload(FileUploadParams params) {
        return upload(params, RequestOptions.none());
    }

    default FileUploadResponse upload(String directoryId, FileUploadParams params, RequestOptions requestOptions) {
        return upload(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default FileUploadResponse upload(String directoryId, FileUploadParams params) {
        return upload(directoryId, params, RequestOptions.none());
    }

    /** Lists a directory's entries, oldest first. */
    FileListPage list(FileListParams params, RequestOptions requestOptions);

    default FileListPage list(FileListParams params) {
        return list(params, RequestOptions.none());
    }

    default FileListPage list(String directoryId, FileListParams params, RequestOptions requestOptions) {
        return list(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default FileListPage list(String directoryId, FileListParams params) {
        return list(directoryId, params, RequestOptions.none());
    }

    default FileListPage list(String directoryId) {
        return list(directoryId, FileListParams.none());
    }

    default FileListPage list(String directoryId, RequestOptions requestOptions) {
        return list(directoryId, FileListParams.none(), requestOptions);
    }

    /** Gets an entry by its id ({@code dfl-...}); {@code params} names the directory. */
    FileGetResponse get(FileGetParams params, RequestOptions requestOptions);

    default FileGetResponse get(FileGetParams params) {
        return get(params, RequestOptions.none());
    }

    default FileGetResponse get(String directoryFileId, FileGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default FileGetResponse get(String directoryFileId, FileGetParams params) {
        return get(directoryFileId, params, RequestOptions.none());
    }

    /** Renames, re-tags or moves an entry; {@code params} names the directory. */
    FileUpdateResponse update(FileUpdateParams params, RequestOptions requestOptions);

    default FileUpdateResponse update(FileUpdateParams params) {
        return update(params, RequestOptions.none());
    }

    default FileUpdateResponse update(String directoryFileId, FileUpdateParams params, RequestOptions requestOptions) {
        return update(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default FileUpdateResponse update(String directoryFileId, FileUpdateParams params) {
        return update(directoryFileId, params, RequestOptions.none());
    }

    /** Deletes an entry (the underlying file stays); {@code params} names the directory. */
    void delete(FileDeleteParams params, RequestOptions requestOptions);

    default void delete(FileDeleteParams params) {
        delete(params, RequestOptions.none());
    }

    default void delete(String directoryFileId, FileDeleteParams params, RequestOptions requestOptions) {
        delete(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
    }

    default void delete(String directoryFileId, FileDeleteParams params) {
        delete(directoryFileId, params, RequestOptions.none());
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link FileService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        FileService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        HttpResponseFor<FileAddResponse> add(FileAddParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileAddResponse> add(FileAddParams params) {
            return add(params, RequestOptions.none());
        }

        default HttpResponseFor<FileAddResponse> add(String directoryId, FileAddParams params, RequestOptions requestOptions) {
            return add(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponseFor<FileAddResponse> add(String directoryId, FileAddParams params) {
            return add(directoryId, params, RequestOptions.none());
        }

        HttpResponseFor<FileUploadResponse> upload(FileUploadParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileUploadResponse> upload(FileUploadParams params) {
            return upload(params, RequestOptions.none());
        }

        default HttpResponseFor<FileUploadResponse> upload(String directoryId, FileUploadParams params, RequestOptions requestOptions) {
            return upload(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponseFor<FileUploadResponse> upload(String directoryId, FileUploadParams params) {
            return upload(directoryId, params, RequestOptions.none());
        }

        HttpResponseFor<FileListPage> list(FileListParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileListPage> list(FileListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<FileListPage> list(String directoryId, FileListParams params, RequestOptions requestOptions) {
            return list(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default HttpResponseFor<FileListPage> list(String directoryId, FileListParams params) {
            return list(directoryId, params, RequestOptions.none());
        }

        default HttpResponseFor<FileListPage> list(String directoryId) {
            return list(directoryId, FileListParams.none());
        }

        default HttpResponseFor<FileListPage> list(String directoryId, RequestOptions requestOptions) {
            return list(directoryId, FileListParams.none(), requestOptions);
        }

        HttpResponseFor<FileGetResponse> get(FileGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileGetResponse> get(FileGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<FileGetResponse> get(String directoryFileId, FileGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default HttpResponseFor<FileGetResponse> get(String directoryFileId, FileGetParams params) {
            return get(directoryFileId, params, RequestOptions.none());
        }

        HttpResponseFor<FileUpdateResponse> update(FileUpdateParams params, RequestOptions requestOptions);

        default HttpResponseFor<FileUpdateResponse> update(FileUpdateParams params) {
            return update(params, RequestOptions.none());
        }

        default HttpResponseFor<FileUpdateResponse> update(String directoryFileId, FileUpdateParams params, RequestOptions requestOptions) {
            return update(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default HttpResponseFor<FileUpdateResponse> update(String directoryFileId, FileUpdateParams params) {
            return update(directoryFileId, params, RequestOptions.none());
        }

        HttpResponse delete(FileDeleteParams params, RequestOptions requestOptions);

        default HttpResponse delete(FileDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default HttpResponse delete(String directoryFileId, FileDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().directoryFileId(directoryFileId).build(), requestOptions);
        }

        default HttpResponse delete(String directoryFileId, FileDeleteParams params) {
            return delete(directoryFileId, params, RequestOptions.none());
        }
    }
}
