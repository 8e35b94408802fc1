package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexDeleteParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPageAsync;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Indexes ({@code /api/v1/indexes}) without blocking: each call returns at once and completes on
 * OkHttp's dispatcher.
 *
 * <pre>{@code
 * IndexServiceAsync indexes = client.async().beta().indexes();
 * indexes.sync(indexId).thenCompose(job -> indexes.get(indexId)).thenAccept(System.out::println);
 * }</pre>
 */
public interface IndexServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    IndexServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    CompletableFuture<IndexCreateResponse> create(IndexCreateParams params, RequestOptions requestOptions);

    default CompletableFuture<IndexCreateResponse> create(IndexCreateParams params) {
        return create(params, RequestOptions.none());
    }

    CompletableFuture<IndexListPageAsync> list(IndexListParams params, RequestOptions requestOptions);

    default CompletableFuture<IndexListPageAsync> list(IndexListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<IndexListPageAsync> list() {
        return list(IndexListParams.none());
    }

    default CompletableFuture<IndexListPageAsync> list(RequestOptions requestOptions) {
        return list(IndexListParams.none(), requestOptions);
    }

    CompletableFuture<IndexGetResponse> get(IndexGetParams params, RequestOptions requestOptions);

    default CompletableFuture<IndexGetResponse> get(IndexGetParams params) {
        return get(params, RequestOptions.none());
    }

    default CompletableFuture<IndexGetResponse> get(String indexId, IndexGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default CompletableFuture<IndexGetResponse> get(String indexId, IndexGetParams params) {
        return get(indexId, params, RequestOptions.none());
    }

    default CompletableFuture<IndexGetResponse> get(String indexId) {
        return get(indexId, IndexGetParams.none());
    }

    default CompletableFuture<IndexGetResponse> get(String indexId, RequestOptions requestOptions) {
        return get(indexId, IndexGetParams.none(), requestOptions);
    }

    CompletableFuture<Void> delete(IndexDeleteParams params, RequestOptions requestOptions);

    default CompletableFuture<Void> delete(IndexDeleteParams params) {
        return delete(params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String indexId, IndexDeleteParams params, RequestOptions requestOptions) {
        return delete(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default CompletableFuture<Void> delete(String indexId, IndexDeleteParams params) {
        return delete(indexId, params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String indexId) {
        return delete(indexId, IndexDeleteParams.none());
    }

    default CompletableFuture<Void> delete(String indexId, RequestOptions requestOptions) {
        return delete(indexId, IndexDeleteParams.none(), requestOptions);
    }

    CompletableFuture<IndexSyncResponse> sync(IndexSyncParams params, RequestOptions requestOptions);

    default CompletableFuture<IndexSyncResponse> sync(IndexSyncParams params) {
        return sync(params, RequestOptions.none());
    }

    default CompletableFuture<IndexSyncResponse> sync(String indexId, IndexSyncParams params, RequestOptions requestOptions) {
        return sync(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default CompletableFuture<IndexSyncResponse> sync(String indexId, IndexSyncParams params) {
        return sync(indexId, params, RequestOptions.none());
    }

    default CompletableFuture<IndexSyncResponse> sync(String indexId) {
        return sync(indexId, IndexSyncParams.none());
    }

    default CompletableFuture<IndexSyncResponse> sync(String indexId, RequestOptions requestOptions) {
        return sync(indexId, IndexSyncParams.none(), requestOptions);
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link IndexServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        IndexServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        CompletableFuture<HttpResponseFor<IndexCreateResponse>> create(IndexCreateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<IndexCreateResponse>> create(IndexCreateParams params) {
            return create(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<IndexListPageAsync>> list(IndexListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<IndexListPageAsync>> list(IndexListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<IndexListPageAsync>> list() {
            return list(IndexListParams.none());
        }

        default CompletableFuture<HttpResponseFor<IndexListPageAsync>> list(RequestOptions requestOptions) {
            return list(IndexListParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<IndexGetResponse>> get(IndexGetParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<IndexGetResponse>> get(IndexGetParams params) {
            return get(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<IndexGetResponse>> get(String indexId, IndexGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<IndexGetResponse>> get(String indexId, IndexGetParams params) {
            return get(indexId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<IndexGetResponse>> get(String indexId) {
            return get(indexId, IndexGetParams.none());
        }

        default CompletableFuture<HttpResponseFor<IndexGetResponse>> get(String indexId, RequestOptions requestOptions) {
            return get(indexId, IndexGetParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponse> delete(IndexDeleteParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponse> delete(IndexDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String indexId, IndexDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String indexId, IndexDeleteParams params) {
            return delete(indexId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String indexId) {
            return delete(indexId, IndexDeleteParams.none());
        }

        default CompletableFuture<HttpResponse> delete(String indexId, RequestOptions requestOptions) {
            return delete(indexId, IndexDeleteParams.none(), requestOptions);
        }

        CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(IndexSyncParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(IndexSyncParams params) {
            return sync(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(String indexId, IndexSyncParams params, RequestOptions requestOptions) {
            return sync(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(String indexId, IndexSyncParams params) {
            return sync(indexId, params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(String indexId) {
            return sync(indexId, IndexSyncParams.none());
        }

        default CompletableFuture<HttpResponseFor<IndexSyncResponse>> sync(String indexId, RequestOptions requestOptions) {
            return sync(indexId, IndexSyncParams.none(), requestOptions);
        }
    }
}
