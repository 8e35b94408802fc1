package com.llamacloud_prod.api.models.beta.chat;

import com.llamacloud_prod.api.core.AutoPager;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Page;
import com.llamacloud_prod.api.services.blocking.beta.ChatService;
import java.util.List;
import java.util.Optional;

/**
 * A page of chat sessions that knows how to fetch the next one (same filters, next token).
 *
 * <pre>{@code
 * ChatListPage page = client.beta().chat().list();
 * page.items().forEach(s -> System.out.println(s.sessionId()));
 * for (ChatListResponse s : page.autoPager()) { ... }   // every page, fetched lazily
 * }</pre>
 */
public final class ChatListPage implements Page<ChatListResponse> {

    private final ChatService service;
    private final ChatListParams params;
    private final ChatListPageResponse response;

    private ChatListPage(ChatService service, ChatListParams params, ChatListPageResponse response) {
        this.service = service;
        this.params = params;
        this.response = response;
    }

    /** Required: {@code service}, {@code params}, {@code response}. */
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
    public ChatListPage nextPage() {
        return service.list(nextPageParams());
    }

    public AutoPager<ChatListResponse> autoPager() {
        return AutoPager.from(this);
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
        return new Builder().service(service).params(params).response(response);
    }

    @Override
    public String toString() {
        return "ChatListPage{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link ChatListPage}. */
    public static final class Builder {
        private ChatService service;
        private ChatListParams params;
        private ChatListPageResponse response;

        private Builder() {}

        public Builder service(ChatService service) {
            this.service = service;
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
        public ChatListPage build() {
            return new ChatListPage(
                    Checks.required("service", service),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
