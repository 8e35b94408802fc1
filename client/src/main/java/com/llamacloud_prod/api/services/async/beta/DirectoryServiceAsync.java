package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryDeleteParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPageAsync;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.services.async.beta.directories.FileServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Directories ({@code /api/v1/beta/directories}) without blocking: each call returns at once and
 * completes on OkHttp's dispatcher.
 *
 * <pre>{@code
 * DirectoryServiceAsync directories = client.async().beta().directories();
 * directories.create(DirectoryCreateParams.builder().name("docs").build())
 *         .thenCompose(dir -> directories.update(dir.id(), DirectoryUpdateParams.builder().name("renamed").build()))
 *         .join();
 * }</pre>
 */
public interface DirectoryServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    DirectoryServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    /** The entries of directories. */
    FileServiceAsync files();

    CompletableFuture<DirectoryCreateResponse> create(DirectoryCreateParams params, RequestOptions requestOptions);

    default CompletableFuture<DirectoryCreateResponse> create(DirectoryCreateParams params) {
        return create(params, RequestOptions.none());
    }

    CompletableFuture<DirectoryListPageAsync> list(DirectoryListParams params, RequestOptions requestOptions);

    default CompletableFuture<DirectoryListPageAsync> list(DirectoryListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<DirectoryListPageAsync> list() {
        return list(DirectoryListParams.none());
    }

    default CompletableFuture<DirectoryListPageAsync> list(RequestOptions requestOptions) {
        return list(DirectoryListParams.none(), requestOptions);
    }

    CompletableFuture<DirectoryGetResponse> get(DirectoryGetParams params, RequestOptions requestOptions);

    default CompletableFuture<DirectoryGetResponse> get(DirectoryGetParams params) {
        return get(params, RequestOptions.none());
    }

    default CompletableFuture<DirectoryGetResponse> get(String directoryId, DirectoryGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<DirectoryGetResponse> get(String directoryId, DirectoryGetParams params) {
        return get(directoryId, params, RequestOptions.none());
    }

    default CompletableFuture<DirectoryGetResponse> get(String directoryId) {
        return get(directoryId, DirectoryGetParams.none());
    }

    default CompletableFuture<DirectoryGetResponse> get(String directoryId, RequestOptions requestOptions) {
        return get(directoryId, DirectoryGetParams.none(), requestOptions);
    }

    CompletableFuture<DirectoryUpdateResponse> update(DirectoryUpdateParams params, RequestOptions requestOptions);

    default CompletableFuture<DirectoryUpdateResponse> update(DirectoryUpdateParams params) {
        return update(params, RequestOptions.none());
    }

    default CompletableFuture<DirectoryUpdateResponse> update(
            String directoryId, DirectoryUpdateParams params, RequestOptions requestOptions) {
        return update(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<DirectoryUpdateResponse> update(String directoryId, DirectoryUpdateParams params) {
        return update(directoryId, params, RequestOptions.none());
    }

    default CompletableFuture<DirectoryUpdateResponse> update(String directoryId) {
        return update(directoryId, DirectoryUpdateParams.none());
    }

    default CompletableFuture<DirectoryUpdateResponse> update(String directoryId, RequestOptions requestOptions) {
        return update(directoryId, DirectoryUpdateParams.none(), requestOptions);
    }

    CompletableFuture<Void> delete(DirectoryDeleteParams params, RequestOptions requestOptions);

    default CompletableFuture<Void> delete(DirectoryDeleteParams params) {
        return delete(params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String directoryId, DirectoryDeleteParams params, RequestOptions requestOptions) {
        return delete(params.toBuilder().directoryId(directoryId).build(), requestOptions);
    }

    default CompletableFuture<Void> delete(String directoryId, DirectoryDeleteParams params) {
        return delete(directoryId, params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String directoryId) {
        return delete(directoryId, DirectoryDeleteParams.none());
    }

    default CompletableFuture<Void> delete(String directoryId, RequestOptions requestOptions) {
        return delete(directoryId, DirectoryDeleteParams.none(), requestOptions);
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link DirectoryServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        DirectoryServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        FileServiceAsync.WithRawResponse files();

        CompletableFuture<HttpResponseFor<DirectoryCreateResponse>> create(DirectoryCreateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<DirectoryCreateResponse>> create(DirectoryCreateParams params) {
            return create(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<DirectoryListPageAsync>> list(DirectoryListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<DirectoryListPageAsync>> list(DirectoryListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryListPageAsync>> list() {
            return list(DirectoryListParams.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryListPageAsync>> list(RequestOptions requestOptions) {
            return list(DirectoryListParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(DirectoryGetParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(DirectoryGetParams params) {
            return get(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(String directoryId, DirectoryGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(String directoryId, DirectoryGetParams params) {
            return get(directoryId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(String directoryId) {
            return get(directoryId, DirectoryGetParams.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryGetResponse>> get(String directoryId, RequestOptions requestOptions) {
            return get(directoryId, DirectoryGetParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(DirectoryUpdateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(DirectoryUpdateParams params) {
            return update(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(
            String directoryId, DirectoryUpdateParams params, RequestOptions requestOptions) {
            return update(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(String directoryId, DirectoryUpdateParams params) {
            return update(directoryId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(String directoryId) {
            return update(directoryId, DirectoryUpdateParams.none());
        }

        default CompletableFuture<HttpResponseFor<DirectoryUpdateResponse>> update(String directoryId, RequestOptions requestOptions) {
            return update(directoryId, DirectoryUpdateParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponse> delete(DirectoryDeleteParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponse> delete(DirectoryDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String directoryId, DirectoryDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().directoryId(directoryId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String directoryId, DirectoryDeleteParams params) {
            return delete(directoryId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String directoryId) {
            return delete(directoryId, DirectoryDeleteParams.none());
        }

        default CompletableFuture<HttpResponse> delete(String directoryId, RequestOptions requestOptions) {
            return delete(directoryId, DirectoryDeleteParams.none(), requestOptions);
        }
    }
}
