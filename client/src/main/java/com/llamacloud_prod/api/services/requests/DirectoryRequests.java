package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;

/**
 * The requests of the directory calls (contract §5), shared by the blocking and the asynchronous service.
 *
 * <pre>{@code
 * ApiRequest request = DirectoryRequests.get(DirectoryGetParams.builder().directoryId(id).build());
 * }</pre>
 *
 * <p>SDK-internal.
 */
public final class DirectoryRequests {

    private DirectoryRequests() {}

    public static ApiRequest create(DirectoryCreateParams params) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest list(DirectoryListParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest get(DirectoryGetParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest update(DirectoryUpdateParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("PATCH")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest delete(DirectoryDeleteParams params) {
        String directoryId = Checks.pathParam("directoryId", params.directoryId().orElse(null));
        return ApiRequest.builder("DELETE")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

}
