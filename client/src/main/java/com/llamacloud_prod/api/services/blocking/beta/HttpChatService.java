package com.llamacloud_prod.api.services.blocking.beta;

import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.ApiRequest;
import com.llamacloud_prod.api.services.requests.ChatRequests;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPage;
import com.llamacloud_prod.api.models.beta.chat.ChatListPageResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.core.http.SseStreamResponse;
import com.llamacloud_prod.api.core.http.StreamResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import java.util.function.Consumer;

/**
 * {@link ChatService} over HTTP: maps each call to one request of the API contract (§10).
 *
 * <pre>{@code
 * ChatService chat = new HttpChatService(clientOptions);
 * }</pre>
 */
public final class HttpChatService implements ChatService {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpChatService(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public ChatService withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpChatService(builder.build());
    }

    @Override
    public ChatCreateResponse create(ChatCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).parse();
    }

    @Override
    public ChatRetrieveResponse retrieve(ChatRetrieveParams params, RequestOptions requestOptions) {
        return raw.retrieve(params, requestOptions).parse();
    }

    @Override
    public ChatListPage list(ChatListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).parse();
    }

    @Override
    public void delete(ChatDeleteParams params, RequestOptions requestOptions) {
        raw.delete(params, requestOptions);
    }

    @Override
    public ChatGetSummaryResponse getSummary(ChatGetSummaryParams params, RequestOptions requestOptions) {
        return raw.getSummary(params, requestOptions).parse();
    }

    @Override
    public StreamResponse<ChatEvent> streamEvents(ChatStreamParams params, RequestOptions requestOptions) {
        return new SseStreamResponse<>(http.openStream(ChatRequests.stream(params), requestOptions), ChatRequests::event);
    }

    @Override
    public ChatService.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each returning the answer with its status and headers. */
    private final class RawResponse implements ChatService.WithRawResponse {

        @Override
        public ChatService.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpChatService.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public HttpResponseFor<ChatCreateResponse> create(ChatCreateParams params, RequestOptions requestOptions) {
            ApiRequest request = ChatRequests.create(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, ChatCreateResponse.class));
        }

        @Override
        public HttpResponseFor<ChatRetrieveResponse> retrieve(ChatRetrieveParams params, RequestOptions requestOptions) {
            ApiRequest request = ChatRequests.retrieve(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, ChatRetrieveResponse.class));
        }

        @Override
        public HttpResponseFor<ChatListPage> list(ChatListParams params, RequestOptions requestOptions) {
            ApiRequest request = ChatRequests.list(params);
            return http.executeFor(request, requestOptions, json -> ChatListPage.builder().service(HttpChatService.this).params(params)
                    .response(Json.model(json, ChatListPageResponse.class)).build());
        }

        @Override
        public HttpResponse delete(ChatDeleteParams params, RequestOptions requestOptions) {
            ApiRequest request = ChatRequests.delete(params);
            return http.executeRaw(request, requestOptions);
        }

        @Override
        public HttpResponseFor<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions) {
            ApiRequest request = ChatRequests.getSummary(params);
            return http.executeFor(request, requestOptions, json -> Json.model(json, ChatGetSummaryResponse.class));
        }
    }
}
