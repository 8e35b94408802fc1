package com.llamacloud_prod.api.models.beta.directories.files;

import com.llamacloud_prod.api.core.AutoPager;
import com.llamacloud_prod.api.core.Checks;
import com.llamacloud_prod.api.core.Page;
import com.llamacloud_prod.api.services.blocking.beta.directories.FileService;
import java.util.List;
import java.util.Optional;

/**
 * A page of directory files that knows how to fetch the next one (same filters, next token).
 *
 * <pre>{@code
 * for (FileListResponse entry : client.beta().directories().files().list(directoryId).autoPager()) { ... }
 * }</pre>
 */
public final class FileListPage implements Page<FileListResponse> {

    private final FileService service;
    private final FileListParams params;
    private final FileListPageResponse response;

    private FileListPage(FileService service, FileListParams params, FileListPageResponse response) {
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
    public FileListPage nextPage() {
        return service.list(nextPageParams());
    }

    public AutoPager<FileListResponse> autoPager() {
        return AutoPager.from(this);
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
        return new Builder().service(service).params(params).response(response);
    }

    @Override
    public String toString() {
        return "FileListPage{params=" + params + ", response=" + response + "}";
    }

    /** A builder for {@link FileListPage}. */
    public static final class Builder {
        private FileService service;
        private FileListParams params;
        private FileListPageResponse response;

        private Builder() {}

        public Builder service(FileService service) {
            this.service = service;
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
        public FileListPage build() {
            return new FileListPage(
                    Checks.required("service", service),
                    Checks.required("params", params),
                    Checks.required("response", response));
        }
    }
}
