package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.services.requests.RetrievalRequests;
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
    private final RawResponse raw = new RawResponse();

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
        return raw.retrieve(params, requestOptions).parse();
    }

    @Override
    public RetrievalFindPage find(RetrievalFindParams params, RequestOptions requestOptions) {
        return raw.find(params, requestOptions).parse();
    }

    @Override
    public RetrievalGrepPage grep(RetrievalGrepParams params, RequestOptions requestOptions) {
        return raw.grep(params, requestOptions).parse();
    }

    @Override
    public RetrievalReadResponse read(RetrievalReadParams params, RequestOptions requestOptions) {
        return raw.read(params, requestOptions).parse();
    }


    @Override
    public RetrievalService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements RetrievalService.WithRawResponse {

        @Override
        public RetrievalService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpRetrievalService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions) {
            return http.executeFor(RetrievalRequests.retrieve(params), requestOptions,
                    json -> Json.model(json, RetrievalRetrieveResponse.class));
        }

        @Override
        public HttpResponseFor<RetrievalFindPage> find(RetrievalFindParams params, RequestOptions requestOptions) {
            return http.executeFor(RetrievalRequests.find(params), requestOptions,
                    json -> RetrievalFindPage.builder().service(HttpRetrievalService.this).params(params)
                            .response(Json.model(json, RetrievalFindPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<RetrievalGrepPage> grep(RetrievalGrepParams params, RequestOptions requestOptions) {
            return http.executeFor(RetrievalRequests.grep(params), requestOptions,
                    json -> RetrievalGrepPage.builder().service(HttpRetrievalService.this).params(params)
                            .response(Json.model(json, RetrievalGrepPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<RetrievalReadResponse> read(RetrievalReadParams params, RequestOptions requestOptions) {
            return http.executeFor(RetrievalRequests.read(params), requestOptions,
                    json -> Json.model(json, RetrievalReadResponse.class));
        }
    }
}
