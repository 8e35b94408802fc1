package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPageAsync;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Chat sessions ({@code /api/v1/chat}) without blocking: each call returns at once and completes
 * on OkHttp's dispatcher.
 *
 * <pre>{@code
 * ChatServiceAsync chat = client.async().beta().chat();
 * chat.create().thenCompose(session -> chat.retrieve(session.sessionId()))
 *         .thenAccept(session -> System.out.println(session.events().size()));
 * }</pre>
 *
 * <p>A chat turn ({@code stream}) completes with the whole turn; to handle its events as they
 * arrive use {@link com.llamacloud_prod.api.services.blocking.beta.ChatService#streamEvents}.
 */
public interface ChatServiceAsync {

    /** A view of this service with modified options; this one is not changed. */
    ChatServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier);

    default CompletableFuture<ChatCreateResponse> create() {
        return create(ChatCreateParams.none());
    }

    CompletableFuture<ChatCreateResponse> create(ChatCreateParams params, RequestOptions requestOptions);

    default CompletableFuture<ChatCreateResponse> create(ChatCreateParams params) {
        return create(params, RequestOptions.none());
    }

    default CompletableFuture<ChatCreateResponse> create(RequestOptions requestOptions) {
        return create(ChatCreateParams.none(), requestOptions);
    }

    default CompletableFuture<ChatRetrieveResponse> retrieve(String sessionId) {
        return retrieve(sessionId, ChatRetrieveParams.none());
    }

    default CompletableFuture<ChatRetrieveResponse> retrieve(String sessionId, ChatRetrieveParams params, RequestOptions requestOptions) {
        return retrieve(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default CompletableFuture<ChatRetrieveResponse> retrieve(String sessionId, ChatRetrieveParams params) {
        return retrieve(sessionId, params, RequestOptions.none());
    }

    CompletableFuture<ChatRetrieveResponse> retrieve(ChatRetrieveParams params, RequestOptions requestOptions);

    default CompletableFuture<ChatRetrieveResponse> retrieve(ChatRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    default CompletableFuture<ChatRetrieveResponse> retrieve(String sessionId, RequestOptions requestOptions) {
        return retrieve(sessionId, ChatRetrieveParams.none(), requestOptions);
    }

    default CompletableFuture<ChatListPageAsync> list() {
        return list(ChatListParams.none());
    }

    CompletableFuture<ChatListPageAsync> list(ChatListParams params, RequestOptions requestOptions);

    default CompletableFuture<ChatListPageAsync> list(ChatListParams params) {
        return list(params, RequestOptions.none());
    }

    default CompletableFuture<ChatListPageAsync> list(RequestOptions requestOptions) {
        return list(ChatListParams.none(), requestOptions);
    }

    default CompletableFuture<Void> delete(String sessionId) {
        return delete(sessionId, ChatDeleteParams.none());
    }

    default CompletableFuture<Void> delete(String sessionId, ChatDeleteParams params, RequestOptions requestOptions) {
        return delete(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default CompletableFuture<Void> delete(String sessionId, ChatDeleteParams params) {
        return delete(sessionId, params, RequestOptions.none());
    }

    CompletableFuture<Void> delete(ChatDeleteParams params, RequestOptions requestOptions);

    default CompletableFuture<Void> delete(ChatDeleteParams params) {
        return delete(params, RequestOptions.none());
    }

    default CompletableFuture<Void> delete(String sessionId, RequestOptions requestOptions) {
        return delete(sessionId, ChatDeleteParams.none(), requestOptions);
    }

    default CompletableFuture<ChatGetSummaryResponse> getSummary(String sessionId) {
        return getSummary(sessionId, ChatGetSummaryParams.none());
    }

    default CompletableFuture<ChatGetSummaryResponse> getSummary(
            String sessionId, ChatGetSummaryParams params, RequestOptions requestOptions) {
        return getSummary(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default CompletableFuture<ChatGetSummaryResponse> getSummary(String sessionId, ChatGetSummaryParams params) {
        return getSummary(sessionId, params, RequestOptions.none());
    }

    CompletableFuture<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions);

    default CompletableFuture<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params) {
        return getSummary(params, RequestOptions.none());
    }

    default CompletableFuture<ChatGetSummaryResponse> getSummary(String sessionId, RequestOptions requestOptions) {
        return getSummary(sessionId, ChatGetSummaryParams.none(), requestOptions);
    }


    /**
     * Runs one chat turn and completes with the whole turn once its event stream has ended (the
     * body is buffered; no thread waits on it). To handle events as they arrive use the blocking
     * {@code ChatService.streamEvents}.
     */
    CompletableFuture<ChatStreamResponse> stream(ChatStreamParams params, RequestOptions requestOptions);

    default CompletableFuture<ChatStreamResponse> stream(ChatStreamParams params) {
        return stream(params, RequestOptions.none());
    }

    default CompletableFuture<ChatStreamResponse> stream(String sessionId, ChatStreamParams params, RequestOptions requestOptions) {
        return stream(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default CompletableFuture<ChatStreamResponse> stream(String sessionId, ChatStreamParams params) {
        return stream(sessionId, params, RequestOptions.none());
    }


    /** A view of this service whose calls complete with the raw HTTP response (status, headers) and the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link ChatServiceAsync} whose calls complete with raw HTTP responses; errors still fail the futures. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        ChatServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        default CompletableFuture<HttpResponseFor<ChatCreateResponse>> create() {
            return create(ChatCreateParams.none());
        }

        CompletableFuture<HttpResponseFor<ChatCreateResponse>> create(ChatCreateParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<ChatCreateResponse>> create(ChatCreateParams params) {
            return create(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<ChatCreateResponse>> create(RequestOptions requestOptions) {
            return create(ChatCreateParams.none(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(String sessionId) {
            return retrieve(sessionId, ChatRetrieveParams.none());
        }

        default CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(String sessionId, ChatRetrieveParams params, RequestOptions requestOptions) {
            return retrieve(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(String sessionId, ChatRetrieveParams params) {
            return retrieve(sessionId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(ChatRetrieveParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(ChatRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(String sessionId, RequestOptions requestOptions) {
            return retrieve(sessionId, ChatRetrieveParams.none(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatListPageAsync>> list() {
            return list(ChatListParams.none());
        }

        CompletableFuture<HttpResponseFor<ChatListPageAsync>> list(ChatListParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<ChatListPageAsync>> list(ChatListParams params) {
            return list(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<ChatListPageAsync>> list(RequestOptions requestOptions) {
            return list(ChatListParams.none(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String sessionId) {
            return delete(sessionId, ChatDeleteParams.none());
        }

        default CompletableFuture<HttpResponse> delete(String sessionId, ChatDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponse> delete(String sessionId, ChatDeleteParams params) {
            return delete(sessionId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponse> delete(ChatDeleteParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponse> delete(ChatDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponse> delete(String sessionId, RequestOptions requestOptions) {
            return delete(sessionId, ChatDeleteParams.none(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(String sessionId) {
            return getSummary(sessionId, ChatGetSummaryParams.none());
        }

        default CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(
            String sessionId, ChatGetSummaryParams params, RequestOptions requestOptions) {
            return getSummary(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(String sessionId, ChatGetSummaryParams params) {
            return getSummary(sessionId, params, RequestOptions.none());
        }

        CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(ChatGetSummaryParams params) {
            return getSummary(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(String sessionId, RequestOptions requestOptions) {
            return getSummary(sessionId, ChatGetSummaryParams.none(), requestOptions);
        }

        /**
         * Runs one chat turn and completes with the whole turn once its event stream has ended (the
         * body is buffered; no thread waits on it). To handle events as they arrive use the blocking
         * {@code ChatService.streamEvents}.
         */
        CompletableFuture<HttpResponseFor<ChatStreamResponse>> stream(ChatStreamParams params, RequestOptions requestOptions);

        default CompletableFuture<HttpResponseFor<ChatStreamResponse>> stream(ChatStreamParams params) {
            return stream(params, RequestOptions.none());
        }

        default CompletableFuture<HttpResponseFor<ChatStreamResponse>> stream(String sessionId, ChatStreamParams params, RequestOptions requestOptions) {
            return stream(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default CompletableFuture<HttpResponseFor<ChatStreamResponse>> stream(String sessionId, ChatStreamParams params) {
            return stream(sessionId, params, RequestOptions.none());
        }
    }
}
