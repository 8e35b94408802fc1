package com.llamacloud_prod.api.models.beta.retrieval;

import com.llamacloud_prod.api.core.AutoPager;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Page;
import com.llamacloud_prod.api.services.blocking.beta.RetrievalService;
import java.util.List;
import java.util.Optional;

/**
 * A page of found files that knows how to fetch the next one: the same body resent with
 * {@code page_token} (a POST cursor).
 *
 * <pre>{@code
 * for (RetrievalFindResponse file : client.beta().retrieval().find(params).autoPager()) { ... }
 * }</pre>
 */
public final class RetrievalFindPage implements Page<RetrievalFindResponse> {

    private final RetrievalService service;
    private final RetrievalFindParams params;
    private final RetrievalFindPageResponse response;

    private RetrievalFindPage(RetrievalService service, RetrievalFindParams params, RetrievalFindPageResponse response) {
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
    public List<RetrievalFindResponse> items() {
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
    public RetrievalFindParams nextPageParams() {
        if (!hasNextPage()) {
            throw new IllegalStateException("Cannot construct next page params: this is the last page");
        }
        return params.toBuilder().pageToken(nextPageToken().get()).build();
    }

    @Override
    public RetrievalFindPage nextPage() {
        return service.find(nextPageParams());
    }

    public AutoPager<RetrievalFindResponse> autoPager() {
        return AutoPager.from(this);
    }

    /** The parameters this page was requested with. */
    public RetrievalFindParams params() {
        return params;
    }

    /** The response this page was parsed from. */
    public RetrievalFindPageResponse response() {
        return response;
    }

    public Builder toBuilder() {
        return new Builder().service(service).params(params).response(response);
    }

    @Override
    public String toString() {
        return "RetrievalFindPage{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link RetrievalFindPage}. */
    public static final class Builder {
        private RetrievalService service;
        private RetrievalFindParams params;
        private RetrievalFindPageResponse response;

        private Builder() {}

        public Builder service(RetrievalService service) {
            this.service = service;
            return this;
        }

        public Builder params(RetrievalFindParams params) {
            this.params = params;
            return this;
        }

        public Builder response(RetrievalFindPageResponse response) {
            this.response = response;
            return this;
        }

        /** @throws IllegalStateException if a required field is unset */
        public RetrievalFindPage build() {
            return new RetrievalFindPage(
                    Checks.required("service", service),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
