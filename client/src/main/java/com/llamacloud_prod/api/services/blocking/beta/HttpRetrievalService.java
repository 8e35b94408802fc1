package com.llamacloud_prod.api.services.blocking.beta;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPageResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPageResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import java.util.function.Consumer;

/**
 * {@link RetrievalService} over HTTP: one request of the API contract (§8) per call.
 *
 * <pre>{@code
 * RetrievalService retrieval = new HttpRetrievalService(clientOptions);
 * }</pre>
 */
public final class HttpRetrievalService implements RetrievalService {

    private final ClientOptions options;
    private final OkHttpExecutor http;

    public HttpRetrievalService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public RetrievalService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpRetrievalService(builder.build());
    }

    @Override
    public RetrievalRetrieveResponse retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions) {
        return Json.model(post("retrieve", params._queryParams(), params._headers(), params._body(), requestOptions),
                RetrievalRetrieveResponse.class);
    }

    @Override
    public RetrievalFindPage find(RetrievalFindParams params, RequestOptions requestOptions) {
        RetrievalFindPageResponse response = Json.model(
                post("files/find", params._queryParams(), params._headers(), params._body(), requestOptions), RetrievalFindPageResponse.class);
        return RetrievalFindPage.builder().service(this).params(params).response(response).build();
    }

    @Override
    public RetrievalGrepPage grep(RetrievalGrepParams params, RequestOptions requestOptions) {
        RetrievalGrepPageResponse response = Json.model(
                post("files/grep", params._queryParams(), params._headers(), params._body(), requestOptions), RetrievalGrepPageResponse.class);
        return RetrievalGrepPage.builder().service(this).params(params).response(response).build();
    }

    @Override
    public RetrievalReadResponse read(RetrievalReadParams params, RequestOptions requestOptions) {
        return Json.model(post("files/read", params._queryParams(), params._headers(), params._body(), requestOptions),
                RetrievalReadResponse.class);
    }

    private JsonNode post(String path, QueryParams query, Headers headers, ObjectNode body,
                          RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "retrieval")
                .addPathSegments(path.split("/"))
                .putAllQueryParams(query)
                .putAllHeaders(headers)
                .body(body)
                .build();
        return http.execute(request, requestOptions);
    }
}
