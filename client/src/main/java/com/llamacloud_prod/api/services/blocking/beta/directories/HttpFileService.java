package com.llamacloud_prod.api.services.blocking.beta.directories;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.services.requests.DirectoryFileRequests;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileAddResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileGetResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPage;
import com.llamacloud_prod.api.models.beta.directories.files.FileListPageResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUpdateResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import java.util.function.Consumer;

/**
 * {@link FileService} over HTTP: one request of the API contract (§6) per call.
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
    public FileAddResponse add(FileAddParams params, RequestOptions requestOptions) {
        return raw.add(params, requestOptions).parse();
    }

    @Override
    public FileUploadResponse upload(FileUploadParams params, RequestOptions requestOptions) {
        return raw.upload(params, requestOptions).parse();
    }

    @Override
    public FileListPage list(FileListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public FileGetResponse get(FileGetParams params, RequestOptions requestOptions) {
        return raw.get(params, requestOptions).parse();
    }

    @Override
    public FileUpdateResponse update(FileUpdateParams params, RequestOptions requestOptions) {
        return raw.update(params, requestOptions).parse();
    }

    @Override
    public void delete(FileDeleteParams params, RequestOptions requestOptions) {
        raw.delete(params, requestOptions);
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
        public HttpResponseFor<FileAddResponse> add(FileAddParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.add(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileAddResponse.class));
        }

        @Override
        public HttpResponseFor<FileUploadResponse> upload(FileUploadParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.upload(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileUploadResponse.class));
        }

        @Override
        public HttpResponseFor<FileListPage> list(FileListParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.list(params);
            return http.executeFor(request, requestOptions, json -> FileListPage.builder().service(HttpFileService.this).params(params)
                    .response(Json.model(json, FileListPageResponse.class)).build());
        }

        @Override
        public HttpResponseFor<FileGetResponse> get(FileGetParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.get(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileGetResponse.class));
        }

        @Override
        public HttpResponseFor<FileUpdateResponse> update(FileUpdateParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.update(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, FileUpdateResponse.class));
        }

        @Override
        public HttpResponse delete(FileDeleteParams params, RequestOptions requestOptions) {
            ApiRequest request = DirectoryFileRequests.delete(params);
            return http.executeRaw(request, requestOptions);
        }
    }
}
