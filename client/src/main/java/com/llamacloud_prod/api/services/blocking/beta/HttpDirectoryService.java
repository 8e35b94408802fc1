package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
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
        ApiRequest request = ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .body(params._body())
                .build();
        return Json.model(http.execute(request, requestOptions), DirectoryCreateResponse.class);
    }

    @Override
    public DirectoryListPage list(DirectoryListParams params, RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        DirectoryListPageResponse response =
                Json.model(http.execute(request, requestOptions), DirectoryListPageResponse.class);
        return DirectoryListPage.builder().service(this).params(params).response(response).build();
    }

    @Override
    public DirectoryGetResponse get(DirectoryGetParams params, RequestOptions requestOptions) {
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        return Json.model(http.execute(request, requestOptions), DirectoryGetResponse.class);
    }

    @Override
    public DirectoryUpdateResponse update(DirectoryUpdateParams params, RequestOptions requestOptions) {
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("PATCH")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .body(params._body())
                .build();
        return Json.model(http.execute(request, requestOptions), DirectoryUpdateResponse.class);
    }

    @Override
    public void delete(DirectoryDeleteParams params, RequestOptions requestOptions) {
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("DELETE")
                .addPathSegments("api", "v1", "beta", "directories", directoryId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        http.execute(request, requestOptions);
    }
}
