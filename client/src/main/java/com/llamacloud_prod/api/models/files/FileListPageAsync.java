package com.llamacloud_prod.api.models.files;

import com.llamacloud_prod.api.core.AutoPagerAsync;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.PageAsync;
import com.llamacloud_prod.api.services.async.FileServiceAsync;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.Optional;

/**
 * A page of the asynchronous {@code list}; {@link #nextPage()} requests the next one (same
 * filters, next token) without blocking.
 *
 * <pre>{@code
 * client.async().files().list().thenCompose(page -> page.autoPager().forEach(file -> { System.out.println(file.name()); return true; }, executor))
 *         .join();
 * }</pre>
 */
public final class FileListPageAsync implements PageAsync<FileListResponse> {

    private final FileServiceAsync service;
    private final Executor streamHandlerExecutor;
    private final FileListParams params;
    private final FileListPageResponse response;

    private FileListPageAsync(FileServiceAsync service, Executor streamHandlerExecutor, FileListParams params, FileListPageResponse response) {
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
    public List<FileListResponse> items() {
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
    public FileListParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public CompletableFuture<FileListPageAsync> nextPage() {
        return service.list(nextPageParams());
    }

    /** Every item of this page and the following ones; callbacks run on the client's stream handler executor. */
    public AutoPagerAsync<FileListResponse> autoPager() {
        return AutoPagerAsync.from(this, streamHandlerExecutor);
    }

    /** The parameters this page was requested with. */
    public FileListParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public FileListPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).streamHandlerExecutor(streamHandlerExecutor).params(params).response(response);
    }

    @Override
    public String toString() {
        return "FileListPageAsync{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link FileListPageAsync}. */
    public static final class Builder {
        private FileServiceAsync service;
        private Executor streamHandlerExecutor;
        private FileListParams params;
        private FileListPageResponse response;

        private Builder() {}

        public Builder service(FileServiceAsync service) {
            this.service = service;
            return this;
        }

        public Builder streamHandlerExecutor(Executor streamHandlerExecutor) {
            this.streamHandlerExecutor = streamHandlerExecutor;
            return this;
        }

        public Builder params(FileListParams params) {
            this.params = params;
            return this;
        }

        public Builder response(FileListPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public FileListPageAsync build() {
            return new FileListPageAsync(
                    Checks.required("service", service),
                    Checks.required("streamHandlerExecutor", streamHandlerExecutor),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
