package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.http.ServerSentEvents;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.io.InputStream;
import okio.Okio;

/**
 * The requests of the chat calls (contract §10), shared by the blocking and the asynchronous service.
 *
 * <pre>{@code
 * ApiRequest request = ChatRequests.retrieve(ChatRetrieveParams.builder().sessionId(id).build());
 * }</pre>
 *
 * <p>SDK-internal.
 */
public final class ChatRequests {

    /** The SSE event names of the chat stream (§11.1); events with other names are skipped. */
    private static final Set<String> EVENT_NAMES = Set.of("delta", "message");

    private ChatRequests() {}

    public static ApiRequest create(ChatCreateParams params) {
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "chat")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    public static ApiRequest retrieve(ChatRetrieveParams params) {
        String sessionId = Checks.pathParam("sessionId", params.sessionId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "chat", sessionId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest list(ChatListParams params) {
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "chat")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest delete(ChatDeleteParams params) {
        String sessionId = Checks.pathParam("sessionId", params.sessionId().orElse(null));
        return ApiRequest.builder("DELETE")
                .addPathSegments("api", "v1", "chat", sessionId)
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    public static ApiRequest getSummary(ChatGetSummaryParams params) {
        String sessionId = Checks.pathParam("sessionId", params.sessionId().orElse(null));
        return ApiRequest.builder("GET")
                .addPathSegments("api", "v1", "chat", sessionId, "summary")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .build();
    }

    /** One chat turn; the answer is a Server-Sent Events stream, read with {@link #event}. */
    public static ApiRequest stream(ChatStreamParams params) {
        String sessionId = Checks.pathParam("sessionId", params.sessionId().orElse(null));
        return ApiRequest.builder("POST")
                .addPathSegments("api", "v1", "chat", sessionId, "messages", "stream")
                .putAllQueryParams(params._queryParams())
                .putAllHeaders(params._headers())
                .jsonBody(params._body())
                .build();
    }

    /** The chat event an SSE event of the turn's stream carries; other event names (§11.1) are skipped. */
    public static Optional<ChatEvent> event(ServerSentEvents.Event sse) {
        if (!EVENT_NAMES.contains(sse.name())) {
            return Optional.empty();
        }
        try {
            return Optional.of(ObjectMappers.jsonMapper().readValue(sse.data(), ChatEvent.class));
        } catch (IOException e) {
            throw new LlamaCloudInvalidDataException("event data is not JSON: " + sse.data(), e);
        }
    }

    /**
     * Reads a turn's whole stream, already buffered (the asynchronous client reads the body at
     * once instead of holding a thread on it).
     */
    public static ChatStreamResponse readTurn(InputStream body) {
        ServerSentEvents events = new ServerSentEvents(Okio.buffer(Okio.source(body)));
        List<ChatEvent> turn = new ArrayList<>();
        try {
            for (Optional<ServerSentEvents.Event> sse = events.next(); sse.isPresent(); sse = events.next()) {
                event(sse.get()).ifPresent(turn::add);
            }
        } catch (IOException e) {
            throw new LlamaCloudInvalidDataException("reading the buffered event stream failed", e);
        }
        return ChatStreamResponse.of(turn);
    }
}
