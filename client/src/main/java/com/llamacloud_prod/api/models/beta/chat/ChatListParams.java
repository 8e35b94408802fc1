package com.llamacloud_prod.api.models.beta.chat;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/chat}. Page tokens are normally handled by
 * {@link ChatListPage#nextPage()} and {@link ChatListPage#autoPager()}.
 *
 * <pre>{@code
 * ChatListPage page = client.beta().chat().list(ChatListParams.builder()
 *         .pageSize(20L)
 *         .projectId(projectId)
 *         .build());
 * }</pre>
 */
public final class ChatListParams implements Params {

    private final String organizationId;
    private final Long pageSize;
    private final String pageToken;
    private final String projectId;

    private final AdditionalParams additional;

    private ChatListParams(Builder b) {
        this.additional = b.additional.build();
        this.organizationId = b.organizationId;
        this.pageSize = b.pageSize;
        this.pageToken = b.pageToken;
        this.projectId = b.projectId;
    }

    public static ChatListParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    /** Items per page; the server defaults to 50 and caps at 1000. */
    public Optional<Long> pageSize() {
        return Optional.ofNullable(pageSize);
    }

    public Optional<String> pageToken() {
        return Optional.ofNullable(pageToken);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
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

    /** Query parameters in order; unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
        if (organizationId != null) {
            query.put("organization_id", organizationId);
        }
        if (pageSize != null) {
            query.put("page_size", pageSize.toString());
        }
        if (pageToken != null) {
            query.put("page_token", pageToken);
        }
        if (projectId != null) {
            query.put("project_id", projectId);
        }
        return query.putAll(additional.queryParams()).build();
    }

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        return new Builder().organizationId(organizationId).pageSize(pageSize).pageToken(pageToken).projectId(projectId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChatListParams)) {
            return false;
        }
        ChatListParams other = (ChatListParams) o;
        return additional.equals(other.additional)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(pageSize, other.pageSize)
                && Objects.equals(pageToken, other.pageToken)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, organizationId, pageSize, pageToken, projectId);
    }

    @Override
    public String toString() {
        return "ChatListParams{organizationId=" + organizationId + ", pageSize=" + pageSize
                + ", pageToken=" + pageToken + ", projectId=" + projectId + ", " + additional + "}";
    }

    /** A builder for {@link ChatListParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String organizationId;
        private Long pageSize;
        private String pageToken;
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

        public Builder organizationId(String organizationId) {
            this.organizationId = organizationId;
            return this;
        }

        public Builder organizationId(Optional<String> organizationId) {
            return organizationId(organizationId.orElse(null));
        }

        public Builder pageSize(Long pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        public Builder pageSize(long pageSize) {
            return pageSize((Long) pageSize);
        }

        public Builder pageSize(Optional<Long> pageSize) {
            return pageSize(pageSize.orElse(null));
        }

        public Builder pageToken(String pageToken) {
            this.pageToken = pageToken;
            return this;
        }

        public Builder pageToken(Optional<String> pageToken) {
            return pageToken(pageToken.orElse(null));
        }

        public Builder projectId(String projectId) {
            this.projectId = projectId;
            return this;
        }

        public Builder projectId(Optional<String> projectId) {
            return projectId(projectId.orElse(null));
        }

        /** @throws IllegalArgumentException if {@code pageSize} is less than 1 */
        public ChatListParams build() {
            if (pageSize != null && pageSize < 1) {
                throw new IllegalArgumentException("pageSize must be >= 1: " + pageSize);
            }
            return new ChatListParams(this);
        }
    }
}
