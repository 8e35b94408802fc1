package com.llamacloud_prod.api.services.requests;

import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;

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

}
