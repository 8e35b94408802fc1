package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.services.requests.IndexRequests;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexDeleteParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPage;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPageResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import java.util.function.Consumer;

/**
 * {@link IndexService} over HTTP: one request of the API contract (§7) per call.
 *
 * <pre>{@code
 * IndexService indexes = new HttpIndexService(clientOptions);
 * }</pre>
 */
public final class HttpIndexService implements IndexService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpIndexService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public IndexService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpIndexService(builder.build());
    }

    @Override
    public IndexCreateResponse create(IndexCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).parse();
    }

    @Override
    public IndexListPage list(IndexListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public IndexGetResponse get(IndexGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public void delete(IndexDeleteParams params, RequestOptions requestOptions) {
        raw.delete(params, requestOptions);
    }

    @Override
    public IndexSyncResponse sync(IndexSyncParams params, RequestOptions requestOptions) {
        return raw.sync(params, requestOptions).parse();
    }

    @Override
    public IndexService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements IndexService.WithRawResponse {

        @Override
        public IndexService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpIndexService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<IndexCreateResponse> create(IndexCreateParams params, RequestOptions requestOptions) {
            ApiRequest request = IndexRequests.create(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, IndexCreateResponse.class));
        }

        @Override
        public HttpResponseFor<IndexListPage> list(IndexListParams params, RequestOptions requestOptions) {
            ApiRequest request = IndexRequests.list(params);
            return http.executeFor(request, requestOptions, json -> IndexListPage.builder().service(HttpIndexService.this).params(params)
                    .response(Json.model(json, IndexListPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<IndexGetResponse> get(IndexGetParams params, RequestOptions requestOptions) {
            ApiRequest request = IndexRequests.get(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, IndexGetResponse.class));
        }

        @Override
        public HttpResponse delete(IndexDeleteParams params, RequestOptions requestOptions) {
            ApiRequest request = IndexRequests.delete(params);
            return http.executeRaw(request, requestOptions);
        }

        @Override
        public HttpResponseFor<IndexSyncResponse> sync(IndexSyncParams params, RequestOptions requestOptions) {
            ApiRequest request = IndexRequests.sync(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, IndexSyncResponse.class));
        }
    }
}
