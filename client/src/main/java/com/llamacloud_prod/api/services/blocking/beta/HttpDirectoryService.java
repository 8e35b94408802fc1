package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.services.requests.DirectoryRequests;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPage;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPageResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.services.blocking.beta.directories.FileService;
import com.llamacloud_prod.api.services.blocking.beta.directories.HttpFileService;
import java.util.function.Consumer;

/**
 * {@link DirectoryService} over HTTP: one request of the API contract (§5) per call.
 *
 * <pre>{@code
 * DirectoryService directories = new HttpDirectoryService(clientOptions);
 * }</pre>
 */
public final class HttpDirectoryService implements DirectoryService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();
    private final FileService files;

    public HttpDirectoryService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
        this.files = new HttpFileService(options);
    }

    @Override
    public DirectoryService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpDirectoryService(builder.build());
    }

    @Override
    public FileService files() {
        return files;
    }

    @Override
    public DirectoryCreateResponse create(DirectoryCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).parse();
    }

    @Override
    public DirectoryListPage list(DirectoryListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public DirectoryGetResponse get(DirectoryGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public DirectoryUpdateResponse update(DirectoryUpdateParams params, RequestOptions requestOptions) {
        return raw.update(params, requestOptions).parse();
    }

    @Override
    public void delete(DirectoryDeleteParams params, RequestOptions requestOptions) {
        raw.delete(params, requestOptions);
    }

    @Override
    public DirectoryService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements DirectoryService.WithRawResponse {

        @Override
        public DirectoryService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpDirectoryService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public FileService.WithRawResponse files() {
            return HttpDirectoryService.this.files().withRawResponse();
        }

        @Override
        public HttpResponseFor<DirectoryCreateResponse> create(DirectoryCreateParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryRequests.create(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, DirectoryCreateResponse.class));
        }

        @Override
        public HttpResponseFor<DirectoryListPage> list(DirectoryListParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryRequests.list(params);
            return http.executeFor(request, requestOptions, json -> DirectoryListPage.builder().service(HttpDirectoryService.this).params(params)
                    .response(Json.model(json, DirectoryListPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<DirectoryGetResponse> get(DirectoryGetParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryRequests.get(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, DirectoryGetResponse.class));
        }

        @Override
        public HttpResponseFor<DirectoryUpdateResponse> update(DirectoryUpdateParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryRequests.update(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, DirectoryUpdateResponse.class));
        }

        @Override
        public HttpResponse delete(DirectoryDeleteParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryRequests.delete(params);
            return http.executeRaw(request, requestOptions);
        }
    }
}
