package com.llamacloud_prod.api.services.blocking.beta;

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
}
