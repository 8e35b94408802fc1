package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPageAsync;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPageAsync;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Retrieval over an index ({@code /api/v1/retrieval}) without blocking: each call returns at once
 * and completes on OkHttp's dispatcher.
 *
 * <pre>{@code
 * client.async().beta().retrieval()
 *         .retrieve(RetrievalRetrieveParams.builder().indexId(indexId).query("paid leave").build())
 *         .thenAccept(result -> System.out.println(result));
 * }</pre>
 */
public interface RetrievalServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    RetrievalServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    CompletableFuture<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions);

    default CompletableFuture<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    CompletableFuture<RetrievalFindPageAsync> find(RetrievalFindParams params, RequestOptions requestOptions);

    default CompletableFuture<RetrievalFindPageAsync> find(RetrievalFindParams params) {
        return find(params, RequestOptions.none());
    }

    CompletableFuture<RetrievalGrepPageAsync> grep(RetrievalGrepParams params, RequestOptions requestOptions);

    default CompletableFuture<RetrievalGrepPageAsync> grep(RetrievalGrepParams params) {
        return grep(params, RequestOptions.none());
    }

    CompletableFuture<RetrievalReadResponse> read(RetrievalReadParams params, RequestOptions requestOptions);

    default CompletableFuture<RetrievalReadResponse> read(RetrievalReadParams params) {
        return read(params, RequestOptions.none());
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link RetrievalServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        RetrievalServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        CompletableFuture<HttpResponseFor<RetrievalRetrieveResponse>> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<RetrievalRetrieveResponse>> retrieve(RetrievalRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<RetrievalFindPageAsync>> find(RetrievalFindParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<RetrievalFindPageAsync>> find(RetrievalFindParams params) {
            return find(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<RetrievalGrepPageAsync>> grep(RetrievalGrepParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<RetrievalGrepPageAsync>> grep(RetrievalGrepParams params) {
            return grep(params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<RetrievalReadResponse>> read(RetrievalReadParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<RetrievalReadResponse>> read(RetrievalReadParams params) {
            return read(params, RequestOptions.none());
        }
    }
}
