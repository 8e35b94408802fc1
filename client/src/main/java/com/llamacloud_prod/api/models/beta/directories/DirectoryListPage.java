package com.llamacloud_prod.api.models.beta.directories;

import com.llamacloud_prod.api.core.AutoPager;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Page;
import com.llamacloud_prod.api.services.blocking.beta.DirectoryService;
import java.util.List;
import java.util.Optional;

/**
 * A page of directories that knows how to fetch the next one (same filters, next token).
 *
 * <pre>{@code
 * for (DirectoryListResponse dir : client.beta().directories().list().autoPager()) { ... }
 * }</pre>
 */
public final class DirectoryListPage implements Page<DirectoryListResponse> {

    private final DirectoryService service;
    private final DirectoryListParams params;
    private final DirectoryListPageResponse response;

    private DirectoryListPage(DirectoryService service, DirectoryListParams params, DirectoryListPageResponse response) {
        this.service = service;
        this.params = params;
        this.response = response;
    }

    /** Required: {@code service}, {@code params}, {@code response}. */
    public static Builder builder() {
        return new Builder();
    }

    /** The items of this page; empty (not an error) if the server omitted {@code items}. */
    @Override
    public List<DirectoryListResponse> items() {
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
    public DirectoryListParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public DirectoryListPage nextPage() {
        return service.list(nextPageParams());
    }

    public AutoPager<DirectoryListResponse> autoPager() {
        return AutoPager.from(this);
    }

    /** The parameters this page was requested with. */
    public DirectoryListParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public DirectoryListPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).params(params).response(response);
    }

    @Override
    public String toString() {
        return "DirectoryListPage{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link DirectoryListPage}. */
    public static final class Builder {
        private DirectoryService service;
        private DirectoryListParams params;
        private DirectoryListPageResponse response;

        private Builder() {}

        public Builder service(DirectoryService service) {
            this.service = service;
            return this;
        }

        public Builder params(DirectoryListParams params) {
            this.params = params;
            return this;
        }

        public Builder response(DirectoryListPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public DirectoryListPage build() {
            return new DirectoryListPage(
                    Checks.required("service", service),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
