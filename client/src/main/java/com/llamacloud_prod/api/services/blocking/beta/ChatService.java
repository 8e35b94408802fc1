package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPage;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.core.http.StreamResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Chat sessions with the built-in RAG agent ({@code /api/v1/chat}).
 *
 * <pre>{@code
 * ChatService chat = client.beta().chat();
 * ChatCreateResponse session = chat.create(ChatCreateParams.builder().addIndexId(indexId).build());
 * ChatRetrieveResponse full = chat.retrieve(session.sessionId());
 * chat.list().autoPager().forEach(s -> System.out.println(s.sessionId()));
 * chat.delete(session.sessionId());
 * }</pre>
 *
 * <p>A turn ({@code stream}) can be consumed three ways: whole ({@code stream(params)}), with a
 * listener called as each event arrives ({@code stream(params, listener)}), or as a closeable
 * iterator ({@code streamEvents(params)}):
 *
 * <pre>{@code
 * ChatStreamParams params = ChatStreamParams.builder().addIndexId(indexId).prompt("Q3 findings?").build();
 * chat.stream(session.sessionId(), params, event ->
 *         event.textDelta().ifPresent(delta -> System.out.print(delta.content())));
 * try (StreamResponse<ChatEvent> events = chat.streamEvents(session.sessionId(), params)) {
 *     events.stream().filter(ChatEvent::isToolCall).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>A turn is never retried once its response has begun (the server would run it twice); an
 * error status before the stream (404, 422, 400 locked index set, 409 turn already running)
 * throws the exception of its status family.
 */
public interface ChatService {

    /** A view of this service with modified options; this one is not changed. */
    ChatService withOptions(Consumer<ClientOptions.Builder> modifier);

    /** Creates a chat session, optionally bound to indexes (locked after the first message). */
    default ChatCreateResponse create() {
        return create(ChatCreateParams.none());
    }

    ChatCreateResponse create(ChatCreateParams params, RequestOptions requestOptions);

    default ChatCreateResponse create(ChatCreateParams params) {
        return create(params, RequestOptions.none());
    }

    default ChatCreateResponse create(RequestOptions requestOptions) {
        return create(ChatCreateParams.none(), requestOptions);
    }

    /** Retrieves a full session by id, including its event history. */
    default ChatRetrieveResponse retrieve(String sessionId) {
        return retrieve(sessionId, ChatRetrieveParams.none());
    }

    default ChatRetrieveResponse retrieve(String sessionId, ChatRetrieveParams params, RequestOptions requestOptions) {
        return retrieve(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default ChatRetrieveResponse retrieve(String sessionId, ChatRetrieveParams params) {
        return retrieve(sessionId, params, RequestOptions.none());
    }

    ChatRetrieveResponse retrieve(ChatRetrieveParams params, RequestOptions requestOptions);

    default ChatRetrieveResponse retrieve(ChatRetrieveParams params) {
        return retrieve(params, RequestOptions.none());
    }

    default ChatRetrieveResponse retrieve(String sessionId, RequestOptions requestOptions) {
        return retrieve(sessionId, ChatRetrieveParams.none(), requestOptions);
    }

    /** Lists the chat sessions of the project, most recently updated first. */
    default ChatListPage list() {
        return list(ChatListParams.none());
    }

    ChatListPage list(ChatListParams params, RequestOptions requestOptions);

    default ChatListPage list(ChatListParams params) {
        return list(params, RequestOptions.none());
    }

    default ChatListPage list(RequestOptions requestOptions) {
        return list(ChatListParams.none(), requestOptions);
    }

    /** Deletes a session, cancelling a running turn. */
    default void delete(String sessionId) {
        delete(sessionId, ChatDeleteParams.none());
    }

    default void delete(String sessionId, ChatDeleteParams params, RequestOptions requestOptions) {
        delete(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default void delete(String sessionId, ChatDeleteParams params) {
        delete(sessionId, params, RequestOptions.none());
    }

    void delete(ChatDeleteParams params, RequestOptions requestOptions);

    default void delete(ChatDeleteParams params) {
        delete(params, RequestOptions.none());
    }

    default void delete(String sessionId, RequestOptions requestOptions) {
        delete(sessionId, ChatDeleteParams.none(), requestOptions);
    }

    /** Retrieves a session summary (no events) by id. */
    default ChatGetSummaryResponse getSummary(String sessionId) {
        return getSummary(sessionId, ChatGetSummaryParams.none());
    }

    default ChatGetSummaryResponse getSummary(
            String sessionId, ChatGetSummaryParams params, RequestOptions requestOptions) {
        return getSummary(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default ChatGetSummaryResponse getSummary(String sessionId, ChatGetSummaryParams params) {
        return getSummary(sessionId, params, RequestOptions.none());
    }

    ChatGetSummaryResponse getSummary(ChatGetSummaryParams params, RequestOptions requestOptions);

    default ChatGetSummaryResponse getSummary(ChatGetSummaryParams params) {
        return getSummary(params, RequestOptions.none());
    }

    default ChatGetSummaryResponse getSummary(String sessionId, RequestOptions requestOptions) {
        return getSummary(sessionId, ChatGetSummaryParams.none(), requestOptions);
    }

    /** Runs one chat turn and reads its event stream to the end. */
    default ChatStreamResponse stream(String sessionId, ChatStreamParams params) {
        return stream(sessionId, params, RequestOptions.none());
    }

    default ChatStreamResponse stream(String sessionId, ChatStreamParams params, RequestOptions requestOptions) {
        return stream(params.toBuilder().sessionId(sessionId).build(), requestOptions);
    }

    default ChatStreamResponse stream(ChatStreamParams params) {
        return stream(params, RequestOptions.none());
    }

    default ChatStreamResponse stream(ChatStreamParams params, RequestOptions requestOptions) {
        return stream(params, requestOptions, event -> { });
    }

    /**
     * Runs one chat turn, calling {@code listener} on the caller's thread for each event as it
     * arrives (deltas included), and returns the whole turn once the stream ends.
     */
    default ChatStreamResponse stream(ChatStreamParams params, Consumer<ChatEvent> listener) {
        return stream(params, RequestOptions.none(), listener);
    }

    default ChatStreamResponse stream(String sessionId, ChatStreamParams params, Consumer<ChatEvent> listener) {
        return stream(params.toBuilder().sessionId(sessionId).build(), RequestOptions.none(), listener);
    }

    default ChatStreamResponse stream(
            ChatStreamParams params, RequestOptions requestOptions, Consumer<ChatEvent> listener) {
        List<ChatEvent> events = new ArrayList<>();
        try (StreamResponse<ChatEvent> stream = streamEvents(params, requestOptions)) {
            for (ChatEvent event : stream) {
                events.add(event);
                listener.accept(event);
            }
        }
        return ChatStreamResponse.of(events);
    }

    /**
     * Runs one chat turn and returns its events as they arrive; close the result (try-with-
     * resources) to release the connection, also when stopping early. Closing early does not
     * cancel the turn: the server finishes and stores it.
     */
    default StreamResponse<ChatEvent> streamEvents(String sessionId, ChatStreamParams params) {
        return streamEvents(params.toBuilder().sessionId(sessionId).build(), RequestOptions.none());
    }

    default StreamResponse<ChatEvent> streamEvents(ChatStreamParams params) {
        return streamEvents(params, RequestOptions.none());
    }

    StreamResponse<ChatEvent> streamEvents(ChatStreamParams params, RequestOptions requestOptions);


    /** A view of this service whose calls return the raw HTTP response (status, headers) with the parsed result. */
    WithRawResponse withRawResponse();

    /** A view of {@link ChatService} whose calls return raw HTTP responses; errors still throw. */
    interface WithRawResponse {

        /** A view with modified options; this one is not changed. */
        ChatService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier);

        default HttpResponseFor<ChatCreateResponse> create() {
            return create(ChatCreateParams.none());
        }

        HttpResponseFor<ChatCreateResponse> create(ChatCreateParams params, RequestOptions requestOptions);

        default HttpResponseFor<ChatCreateResponse> create(ChatCreateParams params) {
            return create(params, RequestOptions.none());
        }

        default HttpResponseFor<ChatCreateResponse> create(RequestOptions requestOptions) {
            return create(ChatCreateParams.none(), requestOptions);
        }

        default HttpResponseFor<ChatRetrieveResponse> retrieve(String sessionId) {
            return retrieve(sessionId, ChatRetrieveParams.none());
        }

        default HttpResponseFor<ChatRetrieveResponse> retrieve(String sessionId, ChatRetrieveParams params, RequestOptions requestOptions) {
            return retrieve(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default HttpResponseFor<ChatRetrieveResponse> retrieve(String sessionId, ChatRetrieveParams params) {
            return retrieve(sessionId, params, RequestOptions.none());
        }

        HttpResponseFor<ChatRetrieveResponse> retrieve(ChatRetrieveParams params, RequestOptions requestOptions);

        default HttpResponseFor<ChatRetrieveResponse> retrieve(ChatRetrieveParams params) {
            return retrieve(params, RequestOptions.none());
        }

        default HttpResponseFor<ChatRetrieveResponse> retrieve(String sessionId, RequestOptions requestOptions) {
            return retrieve(sessionId, ChatRetrieveParams.none(), requestOptions);
        }

        default HttpResponseFor<ChatListPage> list() {
            return list(ChatListParams.none());
        }

        HttpResponseFor<ChatListPage> list(ChatListParams params, RequestOptions requestOptions);

        default HttpResponseFor<ChatListPage> list(ChatListParams params) {
            return list(params, RequestOptions.none());
        }

        default HttpResponseFor<ChatListPage> list(RequestOptions requestOptions) {
            return list(ChatListParams.none(), requestOptions);
        }

        default HttpResponse delete(String sessionId) {
            return delete(sessionId, ChatDeleteParams.none());
        }

        default HttpResponse delete(String sessionId, ChatDeleteParams params, RequestOptions requestOptions) {
            return delete(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default HttpResponse delete(String sessionId, ChatDeleteParams params) {
            return delete(sessionId, params, RequestOptions.none());
        }

        HttpResponse delete(ChatDeleteParams params, RequestOptions requestOptions);

        default HttpResponse delete(ChatDeleteParams params) {
            return delete(params, RequestOptions.none());
        }

        default HttpResponse delete(String sessionId, RequestOptions requestOptions) {
            return delete(sessionId, ChatDeleteParams.none(), requestOptions);
        }

        default HttpResponseFor<ChatGetSummaryResponse> getSummary(String sessionId) {
            return getSummary(sessionId, ChatGetSummaryParams.none());
        }

        default HttpResponseFor<ChatGetSummaryResponse> getSummary(
            String sessionId, ChatGetSummaryParams params, RequestOptions requestOptions) {
            return getSummary(params.toBuilder().sessionId(sessionId).build(), requestOptions);
        }

        default HttpResponseFor<ChatGetSummaryResponse> getSummary(String sessionId, ChatGetSummaryParams params) {
            return getSummary(sessionId, params, RequestOptions.none());
        }

        HttpResponseFor<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions);

        default HttpResponseFor<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params) {
            return getSummary(params, RequestOptions.none());
        }

        default HttpResponseFor<ChatGetSummaryResponse> getSummary(String sessionId, RequestOptions requestOptions) {
            return getSummary(sessionId, ChatGetSummaryParams.none(), requestOptions);
        }
    }
}
