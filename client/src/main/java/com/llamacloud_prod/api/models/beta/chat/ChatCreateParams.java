package com.llamacloud_prod.api.models.beta.chat;

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
 * Parameters of {@code POST /api/v1/chat}: optionally bind the new session to indexes (the set is
 * locked once the first message is sent). The body is {@code {}} when nothing is set.
 *
 * <pre>{@code
 * ChatCreateResponse session = client.beta().chat().create(ChatCreateParams.builder()
 *         .addIndexId("idx-1")
 *         .addIndexId("idx-2")
 *         .projectId(projectId)
 *         .build());
 * }</pre>
 */
public final class ChatCreateParams implements Params {

    private final List<String> indexIds;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private ChatCreateParams(Builder b) {
        this.additional = b.additional.build();
        this.indexIds = b.indexIds == null ? null : List.copyOf(b.indexIds);
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
    }

    /** An unbound session in the key's default project. */
    public static ChatCreateParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Indexes to bind the session to; empty for an unbound session. */
    public Optional<List<String>> indexIds() {
        return Optional.ofNullable(indexIds);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Query parameters in order; unset ones left out. */
    public QueryParams _queryParams() {
        QueryParams.Builder query = QueryParams.builder();
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
        return new Builder().indexIds(indexIds).organizationId(organizationId).projectId(projectId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChatCreateParams)) {
            return false;
        }
        ChatCreateParams other = (ChatCreateParams) o;
        return additional.equals(other.additional)
                && Objects.equals(indexIds, other.indexIds)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, indexIds, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "ChatCreateParams{indexIds=" + indexIds + ", organizationId=" + organizationId
                + ", projectId=" + projectId + ", " + additional + "}";
    }

    /** A builder for {@link ChatCreateParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private List<String> indexIds;
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

        /** Replaces the index ids; null for an unbound session. */
        public Builder indexIds(List<String> indexIds) {
            this.indexIds = indexIds == null ? null : new ArrayList<>(indexIds);
            return this;
        }

        public Builder indexIds(Optional<List<String>> indexIds) {
            return indexIds(indexIds.orElse(null));
        }

        public Builder addIndexId(String indexId) {
            if (indexIds == null) {
                indexIds = new ArrayList<>();
            }
            indexIds.add(indexId);
            return this;
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

        /** @throws IllegalArgumentException if an index id is null or blank */
        public ChatCreateParams build() {
            if (indexIds != null) {
                for (int i = 0; i < indexIds.size(); i++) {
                    String id = indexIds.get(i);
                    if (id == null || id.isBlank()) {
                        throw new IllegalArgumentException("indexIds[" + i + "] must not be blank: " + id);
                    }
                }
            }
            return new ChatCreateParams(this);
        }
    }
}
