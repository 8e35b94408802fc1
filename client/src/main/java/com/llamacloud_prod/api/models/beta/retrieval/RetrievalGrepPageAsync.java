package com.llamacloud_prod.api.models.beta.retrieval;

import com.llamacloud_prod.api.core.AutoPagerAsync;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.PageAsync;
import com.llamacloud_prod.api.services.async.beta.RetrievalServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.Optional;

/**
 * A page of the asynchronous {@code grep}; {@link #nextPage()} requests the next one (same
 * filters, next token) without blocking.
 *
 * <pre>{@code
 * service.grep(params).thenCompose(page -> page.autoPager().forEach(item -> { System.out.println(item); return true; }, executor))
 *         .join();
 * }</pre>
 */
public final class RetrievalGrepPageAsync implements PageAsync<RetrievalGrepResponse> {

    private final RetrievalServiceAsync service;
    private final Executor streamHandlerExecutor;
    private final RetrievalGrepParams params;
    private final RetrievalGrepPageResponse response;

    private RetrievalGrepPageAsync(RetrievalServiceAsync service, Executor streamHandlerExecutor, RetrievalGrepParams params, RetrievalGrepPageResponse response) {
        this.service = service;
        this.streamHandlerExecutor = streamHandlerExecutor;
        this.params = params;
        this.response = response;
    }

    /** Required: {@code service}, {@code params}, {@code response}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The items of this page; empty (not an error) if the server omitted {@code items}. */
    @Override
    public List<RetrievalGrepResponse> items() {
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
    public RetrievalGrepParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public CompletableFuture<RetrievalGrepPageAsync> nextPage() {
        return service.grep(nextPageParams());
    }

    /** Every item of this page and the following ones; callbacks run on the client's stream handler executor. */
    public AutoPagerAsync<RetrievalGrepResponse> autoPager() {
        return AutoPagerAsync.from(this, streamHandlerExecutor);
    }

    /** The parameters this page was requested with. */
    public RetrievalGrepParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public RetrievalGrepPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).streamHandlerExecutor(streamHandlerExecutor).params(params).response(response);
    }

    @Override
    public String toString() {
        return "RetrievalGrepPageAsync{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link RetrievalGrepPageAsync}. */
    public static final class Builder {
        private RetrievalServiceAsync service;
        private Executor streamHandlerExecutor;
        private RetrievalGrepParams params;
        private RetrievalGrepPageResponse response;

        private Builder() {}

        public Builder service(RetrievalServiceAsync service) {
            this.service = service;
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            this.streamHandlerExecutor = streamHandlerExecutor;
            return this;
        }

        public Builder params(RetrievalGrepParams params) {
            this.params = params;
            return this;
        }

        public Builder response(RetrievalGrepPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public RetrievalGrepPageAsync build() {
            return new RetrievalGrepPageAsync(
                    Checks.required("service", service),
                    Checks.required("streamHandlerExecutor", streamHandlerExecutor),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
