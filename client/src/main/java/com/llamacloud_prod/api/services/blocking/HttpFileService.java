package com.llamacloud_prod.api.services.blocking;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.services.requests.FileRequests;
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
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
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


    @Override
    public File retrieve(FileRetrieveParams params, RequestOptions requestOptions) {
        return raw.retrieve(params, requestOptions).parse();
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
            return http.executeFor(FileRequests.query(params), requestOptions, json -> Json.model(json, FileQueryResponse.class));
        }

        @Override
        public HttpResponseFor<FileCreateResponse> create(FileCreateParams params, RequestOptions requestOptions) {
            return http.executeFor(FileRequests.create(params), requestOptions, json -> Json.model(json, FileCreateResponse.class));
        }

        @Override
        public HttpResponseFor<FileListPage> list(FileListParams params, RequestOptions requestOptions) {
            return http.executeFor(FileRequests.list(params), requestOptions, json -> FileListPage.builder()
                    .service(HttpFileService.this).params(params).response(Json.model(json, FileListPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<PresignedUrl> get(FileGetParams params, RequestOptions requestOptions) {
            return http.executeFor(FileRequests.get(params), requestOptions, json -> Json.model(json, PresignedUrl.class));
        }

        @Override
        public HttpResponseFor<PresignedUrl> content(FileContentParams params, RequestOptions requestOptions) {
            return http.executeFor(FileRequests.content(params), requestOptions, json -> Json.model(json, PresignedUrl.class));
        }

        @Override
        public HttpResponseFor<File> retrieve(FileRetrieveParams params, RequestOptions requestOptions) {
            return http.executeFor(FileRequests.retrieve(params), requestOptions, json -> Json.model(json, File.class));
        }

        @Override
        public HttpResponse delete(FileDeleteParams params, RequestOptions requestOptions) {
            return http.executeRaw(FileRequests.delete(params), requestOptions);
        }
    }
}
