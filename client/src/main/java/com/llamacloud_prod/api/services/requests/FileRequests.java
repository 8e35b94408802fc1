package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.models.files.FileContentParams;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileDeleteParams;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import java.util.Optional;

/**
 * The requests of the file calls (contract §4), shared by the blocking and the asynchronous service.
 *
 * <p>SDK-internal.
 */
public final class FileRequests {

    private FileRequests() {}

    public static ApiRequest query(FileQueryParams params) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "files", "query")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest create(FileCreateParams params) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .multipartBody(params._body())
                .build();
    }

    public static ApiRequest list(FileListParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    /** {@code files.get} up to the 1.2 SDK: the same request as {@link #content}. */
    public static ApiRequest get(FileGetParams params) {
        return contentLink(params.fileId(), params._queryParams(), params._headers());
    }

    public static ApiRequest content(FileContentParams params) {
        return contentLink(params.fileId(), params._queryParams(), params._headers());
    }

    public static ApiRequest retrieve(FileRetrieveParams params) {
        String fileId = Checks.pathParam("fileId", params.fileId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "files", fileId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest delete(FileDeleteParams params) {
        String fileId = Checks.pathParam("fileId", params.fileId().orElse(null));
        return ApiRequest.builder("DELETE")
                .addPathSegments("api", "v1", "beta", "files", fileId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    /** GET /api/v1/beta/files/{file_id}/content: named get up to the 1.2 SDK, content from 1.3 on. */
    private static ApiRequest contentLink(Optional<String> fileId, QueryParams query, Headers headers) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "files", Checks.pathParam("fileId", fileId.orElse(null)), "content")
                .putAllQueryParams(query)
                .putAllHeaders(headers)
                .build();
    }
}
