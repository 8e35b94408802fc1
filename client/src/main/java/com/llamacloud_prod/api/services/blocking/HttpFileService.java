package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.files.FileCreateParams;
import com.llamacloud_prod.api.models.files.FileCreateResponse;
import com.llamacloud_prod.api.models.files.FileDeleteParams;
import com.llamacloud_prod.api.models.files.FileContentParams;
import com.llamacloud_prod.api.models.files.FileGetParams;
import com.llamacloud_prod.api.models.files.FileListPage;
import com.llamacloud_prod.api.models.files.FileListPageResponse;
import com.llamacloud_prod.api.models.files.FileListParams;
import com.llamacloud_prod.api.models.files.FileQueryParams;
import com.llamacloud_prod.api.models.files.FileQueryResponse;
import com.llamacloud_prod.api.models.files.PresignedUrl;
import java.util.function.Consumer;

/**
 * {@link FileService} over HTTP: one request of the API contract (§4) per call.
 *
 * <pre>{@code
 * FileService files = new HttpFileService(clientOptions);
 * }</pre>
 */
public final class HttpFileService implements FileService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpFileService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public FileService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpFileService(builder.build());
    }

    @Override
    public FileCreateResponse create(FileCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).parse();
    }

    @Override
    public FileListPage list(FileListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public PresignedUrl get(FileGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public PresignedUrl content(FileContentParams params, RequestOptions requestOptions) {
        return raw.content(params, requestOptions).parse();
    }

    /** GET /api/v1/beta/files/{file_id}/content: named get up to the 1.2 SDK, content from 1.3 on. */
    private HttpResponseFor<PresignedUrl> contentLink(java.util.Optional<String> fileId,
                                     QueryParams query, Headers headers, RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "files", Checks.required("fileId", fileId.orElse(null)), "content")
                .putAllQueryParams(query)
                .putAllHeaders(headers)
                .build();
        return http.executeFor(request, requestOptions, json -> Json.model(json, PresignedUrl.class));
    }

    @Override
    public void delete(FileDeleteParams params, RequestOptions requestOptions) {
        raw.delete(params, requestOptions);
    }

    @Override
    public FileQueryResponse query(FileQueryParams params, RequestOptions requestOptions) {
        return raw.query(params, requestOptions).parse();
    }

    @Override
    public FileService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements FileService.WithRawResponse {

        @Override
        public FileService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpFileService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<FileQueryResponse> query(FileQueryParams params, RequestOptions requestOptions) {
            ApiRequest request = ApiRequest.builder("POST")
                    .addPathSegments("api", "v1", "beta", "files", "query")
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .body(params._bodyJson())
                    .build();
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileQueryResponse.class));
        }

        @Override
        public HttpResponseFor<FileCreateResponse> create(FileCreateParams params, RequestOptions requestOptions) {
            ApiRequest request = ApiRequest.builder("POST")
                    .addPathSegments("api", "v1", "beta", "files")
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .putMultipartFile("file", params.file())
                    .putMultipartText("purpose", params.purpose())
                    .putMultipartText("external_file_id", params.externalFileId().orElse(null))
                    .build();
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileCreateResponse.class));
        }

        @Override
        public HttpResponseFor<FileListPage> list(FileListParams params, RequestOptions requestOptions) {
            ApiRequest request = ApiRequest.builder("GET")
                    .addPathSegments("api", "v1", "beta", "files")
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .build();
            return http.executeFor(request, requestOptions, json -> FileListPage.builder().service(HttpFileService.this).params(params)
                    .response(Json.model(json, FileListPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<PresignedUrl> get(FileGetParams params, RequestOptions requestOptions) {
            return contentLink(params.fileId(), params._queryParams(), params._headers(), requestOptions);
        }

        @Override
        public HttpResponseFor<PresignedUrl> content(FileContentParams params, RequestOptions requestOptions) {
            return contentLink(params.fileId(), params._queryParams(), params._headers(), requestOptions);
        }

        @Override
        public HttpResponse delete(FileDeleteParams params, RequestOptions requestOptions) {
            String fileId = Checks.required("fileId", params.fileId().orElse(null));
            ApiRequest request = ApiRequest.builder("DELETE")
                    .addPathSegments("api", "v1", "beta", "files", fileId)
                    .putAllQueryParams(params._queryParams())
                    .putAllHeaders(params._headers())
                    .build();
            return http.executeRaw(request, requestOptions);
        }
    }
}
