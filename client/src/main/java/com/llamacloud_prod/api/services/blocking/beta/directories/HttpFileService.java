package com.llamacloud_prod.api.services.blocking.beta.directories;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
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
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .body(params._body())
                .build();
        return Json.model(http.execute(request, requestOptions), FileAddResponse.class);
    }

    @Override
    public FileUploadResponse upload(FileUploadParams params, RequestOptions requestOptions) {
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files", "upload")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .putMultipartFile("upload_file", params.uploadFile())
                .putMultipartText("display_name", params.displayName().orElse(null))
                .putMultipartText("external_file_id", params.externalFileId().orElse(null))
                .putMultipartText("metadata", params.metadata().orElse(null))
                .putMultipartText("unique_id", params.uniqueId().orElse(null))
                .build();
        return Json.model(http.execute(request, requestOptions), FileUploadResponse.class);
    }

    @Override
    public FileListPage list(FileListParams params, RequestOptions requestOptions) {
        String directoryId = Checks.required("directoryId", params.directoryId().orElse(null));
        ApiRequest request = ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "beta", "directories", directoryId, "files")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        FileListPageResponse response = Json.model(http.execute(request, requestOptions), FileListPageResponse.class);
        return FileListPage.builder().service(this).params(params).response(response).build();
    }

    @Override
    public FileGetResponse get(FileGetParams params, RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("GET")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        return Json.model(http.execute(request, requestOptions), FileGetResponse.class);
    }

    @Override
    public FileUpdateResponse update(FileUpdateParams params, RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("PATCH")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .body(params._body())
                .build();
        return Json.model(http.execute(request, requestOptions), FileUpdateResponse.class);
    }

    @Override
    public void delete(FileDeleteParams params, RequestOptions requestOptions) {
        ApiRequest request = ApiRequest.builder("DELETE")
                .addPathSegments(entryPath(params.directoryId().orElse(null), params.directoryFileId().orElse(null)))
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
        http.execute(request, requestOptions);
    }

    private static String[] entryPath(String directoryId, String directoryFileId) {
        return new String[] {"api", "v1", "beta", "directories", Checks.required("directoryId", directoryId),
                "files", Checks.required("directoryFileId", directoryFileId)};
    }
}
