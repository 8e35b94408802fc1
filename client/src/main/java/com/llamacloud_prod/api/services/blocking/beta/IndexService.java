package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexDeleteParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListPage;
import com.llamacloud_prod.api.models.beta.indexes.IndexListParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexSyncResponse;
import java.util.function.Consumer;

/**
 * Searchable indexes over a source directory ({@code /api/v1/indexes}). Creating one queues its
 * first sync; poll {@link #get} until {@code metadata.status} is {@code ready}.
 *
 * <pre>{@code
 * IndexService indexes = client.beta().indexes();
 * IndexCreateResponse index = indexes.create(IndexCreateParams.builder().sourceDirectoryId(dirId).build());
 * while (!indexes.get(index.id()).metadata().flatMap(IndexGetResponse.Metadata::status)
 *         .filter("ready"::equals).isPresent()) {
 *     Thread.sleep(500);
 * }
 * indexes.sync(index.id());   // after the source directory changed
 * indexes.delete(index.id());
 * }</pre>
 */
public interface IndexService {

    /** A view of this service with modified options; this one is not changed. */
    IndexService withOptions(Consumer<ClientOptions.Builder> modifier);

    IndexCreateResponse create(IndexCreateParams params, RequestOptions requestOptions);

    default IndexCreateResponse create(IndexCreateParams params) {
        return create(params, RequestOptions.none());
    }

    /** Lists indexes, newest first. */
    IndexListPage list(IndexListParams params, RequestOptions requestOptions);

    default IndexListPage list(IndexListParams params) {
        return list(params, RequestOptions.none());
    }

    default IndexListPage list() {
        return list(IndexListParams.none());
    }

    default IndexListPage list(RequestOptions requestOptions) {
        return list(IndexListParams.none(), requestOptions);
    }

    /** An index with its build state in {@code metadata}. */
    IndexGetResponse get(IndexGetParams params, RequestOptions requestOptions);

    default IndexGetResponse get(IndexGetParams params) {
        return get(params, RequestOptions.none());
    }

    default IndexGetResponse get(String indexId, IndexGetParams params, RequestOptions requestOptions) {
        return get(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default IndexGetResponse get(String indexId, IndexGetParams params) {
        return get(indexId, params, RequestOptions.none());
    }

    default IndexGetResponse get(String indexId) {
        return get(indexId, IndexGetParams.none());
    }

    default IndexGetResponse get(String indexId, RequestOptions requestOptions) {
        return get(indexId, IndexGetParams.none(), requestOptions);
    }

    /** Deletes an index with its chunks and output directory; the source directory stays. */
    void delete(IndexDeleteParams params, RequestOptions requestOptions);

    default void delete(IndexDeleteParams params) {
        delete(params, RequestOptions.none());
    }

    default void delete(String indexId, IndexDeleteParams params, RequestOptions requestOptions) {
        delete(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default void delete(String indexId, IndexDeleteParams params) {
        delete(indexId, params, RequestOptions.none());
    }

    default void delete(String indexId) {
        delete(indexId, IndexDeleteParams.none());
    }

    default void delete(String indexId, RequestOptions requestOptions) {
        delete(indexId, IndexDeleteParams.none(), requestOptions);
    }

    /**
     * Queues a sync with the source directory; coalesced with a queued one, refused with
     * {@code 409} while one runs.
     */
    IndexSyncResponse sync(IndexSyncParams params, RequestOptions requestOptions);

    default IndexSyncResponse sync(IndexSyncParams params) {
        return sync(params, RequestOptions.none());
    }

    default IndexSyncResponse sync(String indexId, IndexSyncParams params, RequestOptions requestOptions) {
        return sync(params.toBuilder().indexId(indexId).build(), requestOptions);
    }

    default IndexSyncResponse sync(String indexId, IndexSyncParams params) {
        return sync(indexId, params, RequestOptions.none());
    }

    default IndexSyncResponse sync(String indexId) {
        return sync(indexId, IndexSyncParams.none());
    }

    default IndexSyncResponse sync(String indexId, RequestOptions requestOptions) {
        return sync(indexId, IndexSyncParams.none(), requestOptions);
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link IndexService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        IndexService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        HttpResponseFor<IndexCreateResponse> create(IndexCreateParams params, RequestOptions requestOptions);

        default HttpResponseFor<IndexCreateResponse> create(IndexCreateParams params) {
            return create(params, RequestOptions.none());
        }

        HttpResponseFor<IndexListPage> list(IndexListParams params, RequestOptions requestOptions);

        default HttpResponseFor<IndexListPage> list(IndexListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<IndexListPage> list() {
            return list(IndexListParams.none());
        }

        default HttpResponseFor<IndexListPage> list(RequestOptions requestOptions) {
            return list(IndexListParams.none(), requestOptions);
        }

        HttpResponseFor<IndexGetResponse> get(IndexGetParams params, RequestOptions requestOptions);

        default HttpResponseFor<IndexGetResponse> get(IndexGetParams params) {
            return get(params, RequestOptions.none());
        }

        default HttpResponseFor<IndexGetResponse> get(String indexId, IndexGetParams params, RequestOptions requestOptions) {
            return get(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default HttpResponseFor<IndexGetResponse> get(String indexId, IndexGetParams params) {
            return get(indexId, params, RequestOptions.none());
        }

        default HttpResponseFor<IndexGetResponse> get(String indexId) {
            return get(indexId, IndexGetParams.none());
        }

        default HttpResponseFor<IndexGetResponse> get(String indexId, RequestOptions requestOptions) {
            return get(indexId, IndexGetParams.none(), requestOptions);
        }

        HttpResponse delete(IndexDeleteParams params, RequestOptions requestOptions);

        default HttpResponse delete(IndexDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default HttpResponse delete(String indexId, IndexDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default HttpResponse delete(String indexId, IndexDeleteParams params) {
            return delete(indexId, params, RequestOptions.none());
        }

        default HttpResponse delete(String indexId) {
            return delete(indexId, IndexDeleteParams.none());
        }

        default HttpResponse delete(String indexId, RequestOptions requestOptions) {
            return delete(indexId, IndexDeleteParams.none(), requestOptions);
        }

        HttpResponseFor<IndexSyncResponse> sync(IndexSyncParams params, RequestOptions requestOptions);

        default HttpResponseFor<IndexSyncResponse> sync(IndexSyncParams params) {
            return sync(params, RequestOptions.none());
        }

        default HttpResponseFor<IndexSyncResponse> sync(String indexId, IndexSyncParams params, RequestOptions requestOptions) {
            return sync(params.toBuilder().indexId(indexId).build(), requestOptions);
        }

        default HttpResponseFor<IndexSyncResponse> sync(String indexId, IndexSyncParams params) {
            return sync(indexId, params, RequestOptions.none());
        }

        default HttpResponseFor<IndexSyncResponse> sync(String indexId) {
            return sync(indexId, IndexSyncParams.none());
        }

        default HttpResponseFor<IndexSyncResponse> sync(String indexId, RequestOptions requestOptions) {
            return sync(indexId, IndexSyncParams.none(), requestOptions);
        }
    }
}
