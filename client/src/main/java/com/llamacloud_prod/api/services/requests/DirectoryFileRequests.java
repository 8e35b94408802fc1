package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;

/**
 * The requests of the directory file calls (contract §6), shared by the blocking and the asynchronous service.
 *
 * <p>SDK-internal.
 */
public final class DirectoryFileRequests {

    private DirectoryFileRequests() {}

    public static ApiRequest add(FileAddParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest upload(FileUploadParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files", "upload")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .multipartBody(params._body())
                .build();
    }

    public static ApiRequest list(FileListParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest get(FileGetParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest update(FileUpdateParams params) {
        return ApiRequest.builder("PATCH")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest delete(FileDeleteParams params) {
        return ApiRequest.builder("DELETE")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }


    private static String[] entryPath(String directoryId, String directoryFileId) {
        return new String[] {"api", "v1", "beta", "directories", Checks.pathParam("directoryId", directoryId),
                "files", Checks.pathParam("directoryFileId", directoryFileId)};
    }
}
