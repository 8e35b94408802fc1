package com.llamacloud_prod.api.models.beta.directories;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/beta/directories}. Page tokens are normally handled by
 * {@link DirectoryListPage#nextPage()} and {@link DirectoryListPage#autoPager()}.
 *
 * <pre>{@code
 * DirectoryListPage page = client.beta().directories().list(DirectoryListParams.builder()
 *         .addType("user").addType("ephemeral")   // types=user&types=ephemeral
 *         .pageSize(20L)
 *         .build());
 * }</pre>
 */
public final class DirectoryListParams implements Params {

    private final Boolean includeDeleted;
    private final String name;
    private final String type;
    private final List<String> types;
    private final Long pageSize;
    private final String pageToken;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private DirectoryListParams(Builder b) {
        this.additional = b.additional.build();
        this.includeDeleted = b.includeDeleted;
        this.name = b.name;
        this.type = b.type;
        this.types = b.types == null ? null : List.copyOf(b.types);
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** No parameters set. */
    public static DirectoryListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Also list deleted directories. */
    public Optional<Boolean> includeDeleted() {
        return Optional.ofNullable(includeDeleted);
    }

    /** Exact name. */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** A single type. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** Any of these types (sent as repeated keys). */
    public Optional<List<String>> types() {
        return Optional.ofNullable(types);
    }

    /** Items per page; the server defaults to 50 and caps at 1000. */
    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Query parameters in order; arrays as repeated keys, unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
        if (includeDeleted != null) {
            query.put("include_deleted", includeDeleted.toString());
        }
        if (name != null) {
            query.put("name", name);
        }
        if (type != null) {
            query.put("type", type);
        }
        if (types != null) {
            types.forEach(v -> query.put("types", v));
        }
        if (pageSize != null) {
            query.put("page_size", pageSize.toString());
        }
        if (pageToken != null) {
            query.put("page_token", pageToken);
        }
        if (organizationId != null) {
            query.put("organization_id", organizationId);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        return query.putAll(additional.queryParams()).build();
    }

    /** Additional headers to send with the request. */
    public Headers _additionalHeaders() {
        return additional.headers();
    }

    /** Additional query parameters to send with the request. */
    public QueryParams _additionalQueryParams() {
        return additional.queryParams();
    }

    @Override
    public Headers _headers() {
        return additional.headers();
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        Builder b = new Builder();
        b.includeDeleted = includeDeleted;
        b.name = name;
        b.type = type;
        b.types = types;
        b.pageSize = pageSize;
        b.pageToken = pageToken;
        b.organizationId = organizationId;
        b.projectId = projectId;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof DirectoryListParams)) {
            return false;
        }
        DirectoryListParams other = (DirectoryListParams) o;
        return additional.equals(other.additional)
                && Objects.equals(includeDeleted, other.includeDeleted)
                && Objects.equals(name, other.name)
                && Objects.equals(type, other.type)
                && Objects.equals(types, other.types)
                && Objects.equals(pageSize, other.pageSize)
                && Objects.equals(pageToken, other.pageToken)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, includeDeleted, name, type, types, pageSize, pageToken, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "DirectoryListParams{includeDeleted=" + includeDeleted
                + ", name=" + name
                + ", type=" + type
                + ", types=" + types
                + ", pageSize=" + pageSize
                + ", pageToken=" + pageToken
                + ", organizationId=" + organizationId
                + ", projectId=" + projectId
                + ", " + additional + "}";
    }

    /** A builder for {@link DirectoryListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private Boolean includeDeleted;
        private String name;
        private String type;
        private List<String> types;
        private Long pageSize;
        private String pageToken;
        private String organizationId;
        private String projectId;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder includeDeleted(Boolean includeDeleted) {
            this.includeDeleted = includeDeleted;
            return this;
        }

        public Builder includeDeleted(Optional<Boolean> includeDeleted) {
            return includeDeleted(includeDeleted.orElse(null));
        }

        public Builder includeDeleted(boolean includeDeleted) {
            return includeDeleted((Boolean) includeDeleted);
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder name(Optional<String> name) {
            return name(name.orElse(null));
        }

        public Builder type(String type) {
            this.type = type;
            return this;
        }

        public Builder type(Optional<String> type) {
            return type(type.orElse(null));
        }

        /** Replaces the list; null unsets it. */
        public Builder types(List<String> types) {
            this.types = types == null ? null : new ArrayList<>(types);
            return this;
        }

        public Builder types(Optional<List<String>> types) {
            return types(types.orElse(null));
        }

        public Builder addType(String type) {
            if (this.types == null) {
                this.types = new ArrayList<>();
            }
            this.types.add(type);
            return this;
        }

        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder pageSize(Optional<Long> pageSize) {
            return pageSize(pageSize.orElse(null));
        }

        public Builder pageSize(long pageSize) {
            return pageSize((Long) pageSize);
        }

        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public Builder pageToken(Optional<String> pageToken) {
            return pageToken(pageToken.orElse(null));
        }

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder projectId(Optional<String> projectId) {
            return projectId(projectId.orElse(null));
        }

        /** @throws IllegalStateException if a required field is unset; IllegalArgumentException for an invalid value */
        public DirectoryListParams build() {
            if (types != null) {
                for (int i = 0; i < types.size(); i++) {
                    if (types.get(i) == null) {
                        throw new IllegalArgumentException("types[" + i + "] must not be null");
                    }
                }
            }
            if (pageSize != null && pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            return new DirectoryListParams(this);
        }
    }
}
