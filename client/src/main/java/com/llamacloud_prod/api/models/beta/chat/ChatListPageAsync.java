package com.llamacloud_prod.api.models.beta.chat;

import com.llamacloud_prod.api.core.AutoPagerAsync;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.PageAsync;
import com.llamacloud_prod.api.services.async.beta.ChatServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.Optional;

/**
 * A page of the asynchronous {@code list}; {@link #nextPage()} requests the next one (same
 * filters, next token) without blocking.
 *
 * <pre>{@code
 * client.async().beta().chat().list()
 *         .thenCompose(page -> page.autoPager().forEach(item -> { System.out.println(item); return true; }, executor))
 *         .join();
 * }</pre>
 */
public final class ChatListPageAsync implements PageAsync<ChatListResponse> {

    private final ChatServiceAsync service;
    private final Executor streamHandlerExecutor;
    private final ChatListParams params;
    private final ChatListPageResponse response;

    private ChatListPageAsync(ChatServiceAsync service, Executor streamHandlerExecutor, ChatListParams params, ChatListPageResponse response) {
        this.service = service;
        this.streamHandlerExecutor = streamHandlerExecutor;
        this.params = params;
        this.response = response;
    }

    /** Required: {@code service}, {@code streamHandlerExecutor}, {@code params}, {@code response}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The sessions of this page; empty (not an error) if the server omitted {@code items}. */
    @Override
    public List<ChatListResponse> items() {
        return response._items().asKnown().orElse(List.of());
    }

    public Optional<String> nextPageToken() {
        return response.nextPageToken();
    }

    /** False on an empty page or without a (non-empty) token, so paging always terminates. */
    @Override
    public boolean hasNextPage() {
        return !items().isEmpty() && nextPageToken().filter(t -> !t.isEmpty()).isPresent();
    }

    /** @throws IllegalStateException if there is no next page */
    public ChatListParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public CompletableFuture<ChatListPageAsync> nextPage() {
        return service.list(nextPageParams());
    }

    /** Every item of this page and the following ones; callbacks run on the client's stream handler executor. */
    public AutoPagerAsync<ChatListResponse> autoPager() {
        return AutoPagerAsync.from(this, streamHandlerExecutor);
    }

    /** The parameters this page was requested with. */
    public ChatListParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public ChatListPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).streamHandlerExecutor(streamHandlerExecutor).params(params).response(response);
    }

    @Override
    public String toString() {
        return "ChatListPageAsync{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link ChatListPageAsync}. */
    public static final class Builder {
        private ChatServiceAsync service;
        private Executor streamHandlerExecutor;
        private ChatListParams params;
        private ChatListPageResponse response;

        private Builder() {}

        public Builder service(ChatServiceAsync service) {
            this.service = service;
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            this.streamHandlerExecutor = streamHandlerExecutor;
            return this;
        }

        public Builder params(ChatListParams params) {
            this.params = params;
            return this;
        }

        public Builder response(ChatListPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public ChatListPageAsync build() {
            return new ChatListPageAsync(
                    Checks.required("service", service),
                    Checks.required("streamHandlerExecutor", streamHandlerExecutor),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
