package com.llamacloud_prod.api.services.async.beta;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.ClientOptions;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.core.http.OkHttpExecutor;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryParams;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPageAsync;
import com.llamacloud_prod.api.models.beta.chat.ChatListPageResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import com.llamacloud_prod.api.services.requests.ChatRequests;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * {@link ChatServiceAsync} over OkHttp's asynchronous calls: the same requests as the blocking
 * service, sent without holding a thread.
 *
 * <pre>{@code
 * ChatServiceAsync chat = new HttpChatServiceAsync(clientOptions);
 * }</pre>
 */
public final class HttpChatServiceAsync implements ChatServiceAsync {

    private final ClientOptions options;
    private final OkHttpExecutor http;
    private final RawResponse raw = new RawResponse();

    public HttpChatServiceAsync(ClientOptions options) {
        this.options = options;
        this.http = new OkHttpExecutor(options);
    }

    @Override
    public ChatServiceAsync withOptions(Consumer<ClientOptions.Builder> modifier) {
        ClientOptions.Builder builder = options.toBuilder();
        modifier.accept(builder);
        return new HttpChatServiceAsync(builder.build());
    }

    @Override
    public CompletableFuture<ChatCreateResponse> create(ChatCreateParams params, RequestOptions requestOptions) {
        return raw.create(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<ChatRetrieveResponse> retrieve(ChatRetrieveParams params, RequestOptions requestOptions) {
        return raw.retrieve(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<ChatListPageAsync> list(ChatListParams params, RequestOptions requestOptions) {
        return raw.list(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<Void> delete(ChatDeleteParams params, RequestOptions requestOptions) {
        return raw.delete(params, requestOptions).thenApply(response -> null);
    }

    @Override
    public CompletableFuture<ChatGetSummaryResponse> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions) {
        return raw.getSummary(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public CompletableFuture<ChatStreamResponse> stream(ChatStreamParams params, RequestOptions requestOptions) {
        return raw.stream(params, requestOptions).thenApply(HttpResponseFor::parse);
    }

    @Override
    public ChatServiceAsync.WithRawResponse withRawResponse() {
        return raw;
    }

    /** The calls, each completing with the answer's status and headers. */
    private final class RawResponse implements ChatServiceAsync.WithRawResponse {

        @Override
        public ChatServiceAsync.WithRawResponse withOptions(Consumer<ClientOptions.Builder> modifier) {
            return HttpChatServiceAsync.this.withOptions(modifier).withRawResponse();
        }

        @Override
        public CompletableFuture<HttpResponseFor<ChatCreateResponse>> create(ChatCreateParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ChatRequests.create(params), requestOptions,
                    json -> Json.model(json, ChatCreateResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<ChatRetrieveResponse>> retrieve(ChatRetrieveParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ChatRequests.retrieve(params), requestOptions,
                    json -> Json.model(json, ChatRetrieveResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<ChatListPageAsync>> list(ChatListParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ChatRequests.list(params), requestOptions,
                    json -> ChatListPageAsync.builder()
                            .service(HttpChatServiceAsync.this)
                            .streamHandlerExecutor(options.streamHandlerExecutor())
                            .params(params)
                            .response(Json.model(json, ChatListPageResponse.class))
                            .build());
        }

        @Override
        public CompletableFuture<HttpResponse> delete(ChatDeleteParams params, RequestOptions requestOptions) {
            return http.executeRawAsync(ChatRequests.delete(params), requestOptions).thenApply(HttpResponse.class::cast);
        }

        @Override
        public CompletableFuture<HttpResponseFor<ChatGetSummaryResponse>> getSummary(ChatGetSummaryParams params, RequestOptions requestOptions) {
            return http.executeForAsync(ChatRequests.getSummary(params), requestOptions,
                    json -> Json.model(json, ChatGetSummaryResponse.class));
        }

        @Override
        public CompletableFuture<HttpResponseFor<ChatStreamResponse>> stream(ChatStreamParams params, RequestOptions requestOptions) {
            boolean validate = requestOptions.responseValidation().orElse(options.responseValidation());
            return http.executeStreamAsync(ChatRequests.stream(params), requestOptions)
                    .thenApply(response -> response.parseable(body -> {
                        ChatStreamResponse turn = ChatRequests.readTurn(body.body());
                        return validate ? turn.validate() : turn;
                    }));
        }
    }
}
