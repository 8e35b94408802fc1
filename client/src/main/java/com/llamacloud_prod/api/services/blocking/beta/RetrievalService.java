package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepPage;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalGrepParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalReadResponse;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveParams;
import com.llamacloud_prod.api.models.beta.retrieval.RetrievalRetrieveResponse;
import java.util.function.Consumer;

/**
 * Retrieval over a ready index ({@code /api/v1/retrieval}): hybrid search over its chunks, and
 * find, grep and read over its parsed files. All four are read-only POSTs; the index may be named
 * by its {@code id} or its {@code export_config_id}.
 *
 * <pre>{@code
 * RetrievalService retrieval = client.beta().retrieval();
 * RetrievalRetrieveResponse hits = retrieval.retrieve(RetrievalRetrieveParams.builder()
 *         .indexId(indexId).query("parental leave").topK(5L).build());
 * String fileId = retrieval.find(RetrievalFindParams.builder().indexId(indexId).fileName("handbook.pdf").build())
 *         .items().get(0).fileId();
 * for (RetrievalGrepResponse m : retrieval.grep(RetrievalGrepParams.builder()
 *         .indexId(indexId).fileId(fileId).pattern("\\d+ days").build()).autoPager()) {
 *     System.out.println(m.content());
 * }
 * String head = retrieval.read(RetrievalReadParams.builder().indexId(indexId).fileId(fileId).maxLength(500L).build())
 *         .content();
 * }</pre>
 */
public interface RetrievalService {

    /** A view of this service with modified options; this one is not changed. */
    RetrievalService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** Hybrid (full-text + vector) search, filtered and optionally reranked; best first. */
    RetrievalRetrieveResponse retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions);

    default RetrievalRetrieveResponse retrieve(RetrievalRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    /** The index's files by name, ordered by name. */
    RetrievalFindPage find(RetrievalFindParams params, RequestOptions requestOptions);

    default RetrievalFindPage find(RetrievalFindParams params) {
        return find(params, RequestOptions.none());
    }

    /** Regular-expression matches in one parsed file, in document order. */
    RetrievalGrepPage grep(RetrievalGrepParams params, RequestOptions requestOptions);

    default RetrievalGrepPage grep(RetrievalGrepParams params) {
        return grep(params, RequestOptions.none());
    }

    /** A window of a parsed file's text. */
    RetrievalReadResponse read(RetrievalReadParams params, RequestOptions requestOptions);

    default RetrievalReadResponse read(RetrievalReadParams params) {
        return read(params, RequestOptions.none());
    }


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link RetrievalService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        RetrievalService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        HttpResponseFor<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params, RequestOptions requestOptions);

        default HttpResponseFor<RetrievalRetrieveResponse> retrieve(RetrievalRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        HttpResponseFor<RetrievalFindPage> find(RetrievalFindParams params, RequestOptions requestOptions);

        default HttpResponseFor<RetrievalFindPage> find(RetrievalFindParams params) {
            return find(params, RequestOptions.none());
        }

        HttpResponseFor<RetrievalGrepPage> grep(RetrievalGrepParams params, RequestOptions requestOptions);

        default HttpResponseFor<RetrievalGrepPage> grep(RetrievalGrepParams params) {
            return grep(params, RequestOptions.none());
        }

        HttpResponseFor<RetrievalReadResponse> read(RetrievalReadParams params, RequestOptions requestOptions);

        default HttpResponseFor<RetrievalReadResponse> read(RetrievalReadParams params) {
            return read(params, RequestOptions.none());
        }
    }
}
