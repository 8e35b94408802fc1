package com.llamacloud_prod.api.models.beta.indexes;

import com.llamacloud_prod.api.core.AutoPagerAsync;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.PageAsync;
import com.llamacloud_prod.api.services.async.beta.IndexServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.Optional;

/**
 * A page of the asynchronous {@code list}; {@link #nextPage()} requests the next one (same
 * filters, next token) without blocking.
 *
 * <pre>{@code
 * service.list().thenCompose(page -> page.autoPager().forEach(item -> { System.out.println(item); return true; }, executor))
 *         .join();
 * }</pre>
 */
public final class IndexListPageAsync implements PageAsync<IndexListResponse> {

    private final IndexServiceAsync service;
    private final Executor streamHandlerExecutor;
    private final IndexListParams params;
    private final IndexListPageResponse response;

    private IndexListPageAsync(IndexServiceAsync service, Executor streamHandlerExecutor, IndexListParams params, IndexListPageResponse response) {
        this.service = service;
        this.streamHandlerExecutor = streamHandlerExecutor;
        this.params = params;
        this.response = response;
    }

    /** Required: {@code service}, {@code streamHandlerExecutor}, {@code params}, {@code response}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The items of this page; empty (not an error) if the server omitted {@code items}. */
    @Override
    public List<IndexListResponse> items() {
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
    public IndexListParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public CompletableFuture<IndexListPageAsync> nextPage() {
        return service.list(nextPageParams());
    }

    /** Every item of this page and the following ones; callbacks run on the client's stream handler executor. */
    public AutoPagerAsync<IndexListResponse> autoPager() {
        return AutoPagerAsync.from(this, streamHandlerExecutor);
    }

    /** The parameters this page was requested with. */
    public IndexListParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public IndexListPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).streamHandlerExecutor(streamHandlerExecutor).params(params).response(response);
    }

    @Override
    public String toString() {
        return "IndexListPageAsync{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link IndexListPageAsync}. */
    public static final class Builder {
        private IndexServiceAsync service;
        private Executor streamHandlerExecutor;
        private IndexListParams params;
        private IndexListPageResponse response;

        private Builder() {}

        public Builder service(IndexServiceAsync service) {
            this.service = service;
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            this.streamHandlerExecutor = streamHandlerExecutor;
            return this;
        }

        public Builder params(IndexListParams params) {
            this.params = params;
            return this;
        }

        public Builder response(IndexListPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public IndexListPageAsync build() {
            return new IndexListPageAsync(
                    Checks.required("service", service),
                    Checks.required("streamHandlerExecutor", streamHandlerExecutor),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
