package com.llamacloud_prod.api.models.beta.indexes;

import com.llamacloud_prod.api.core.AutoPager;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Page;
import com.llamacloud_prod.api.services.blocking.beta.IndexService;
import java.util.List;
import java.util.Optional;

/**
 * A page of indexes that knows how to fetch the next one (same filters, next token).
 *
 * <pre>{@code
 * for (IndexListResponse index : client.beta().indexes().list().autoPager()) { ... }
 * }</pre>
 */
public final class IndexListPage implements Page<IndexListResponse> {

    private final IndexService service;
    private final IndexListParams params;
    private final IndexListPageResponse response;

    private IndexListPage(IndexService service, IndexListParams params, IndexListPageResponse response) {
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
    public IndexListPage nextPage() {
        return service.list(nextPageParams());
    }

    public AutoPager<IndexListResponse> autoPager() {
        return AutoPager.from(this);
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
        return new Builder().service(service).params(params).response(response);
    }

    @Override
    public String toString() {
        return "IndexListPage{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link IndexListPage}. */
    public static final class Builder {
        private IndexService service;
        private IndexListParams params;
        private IndexListPageResponse response;

        private Builder() {}

        public Builder service(IndexService service) {
            this.service = service;
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
        public IndexListPage build() {
            return new IndexListPage(
                    Checks.required("service", service),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
