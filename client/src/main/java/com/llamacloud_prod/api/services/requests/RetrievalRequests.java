package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;

/**
 * The requests of the retrieval calls (contract §8), shared by the blocking and the asynchronous service.
 *
 * <p>SDK-internal.
 */
public final class RetrievalRequests {

    private RetrievalRequests() {}

    public static ApiRequest retrieve(RetrievalRetrieveParams params) {
        return post("retrieve", params._queryParams(), params._headers(), params._body());
    }

    public static ApiRequest find(RetrievalFindParams params) {
        return post("files/find", params._queryParams(), params._headers(), params._body());
    }

    public static ApiRequest grep(RetrievalGrepParams params) {
        return post("files/grep", params._queryParams(), params._headers(), params._body());
    }

    public static ApiRequest read(RetrievalReadParams params) {
        return post("files/read", params._queryParams(), params._headers(), params._body());
    }

    private static ApiRequest post(String path, QueryParams query, Headers headers, Object body) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "retrieval")
                .addPathSegments(path.split("/"))
                .putAllQueryParams(query)
                .putAllHeaders(headers)
                .jsonBody(body)
                .build();
    }
}
