package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexDeleteParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncParams;

/**
 * The requests of the index calls (contract §7), shared by the blocking and the asynchronous service.
 *
 * <p>SDK-internal.
 */
public final class IndexRequests {

    private IndexRequests() {}

    public static ApiRequest create(IndexCreateParams params) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "indexes")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest list(IndexListParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "indexes")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest get(IndexGetParams params) {
        String indexId = Checks.pathParam("indexId", params.indexId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "indexes", indexId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest delete(IndexDeleteParams params) {
        String indexId = Checks.pathParam("indexId", params.indexId().orElse(null));
        return ApiRequest.builder("DELETE")
                .addPathSegments("api", "v1", "indexes", indexId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest sync(IndexSyncParams params) {
        String indexId = Checks.pathParam("indexId", params.indexId().orElse(null));
        // No body, as the official SDKs send it (API.md §1.4).
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "indexes", indexId, "sync")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

}
