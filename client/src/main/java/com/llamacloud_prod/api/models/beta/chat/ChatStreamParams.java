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
 * Parameters of {@code POST /api/v1/chat/{session_id}/messages/stream}: run one chat turn against
 * one to ten indexes. On a bound session the index set is locked by the first turn.
 *
 * <pre>{@code
 * ChatStreamParams params = ChatStreamParams.builder()
 *         .sessionId(session.sessionId())
 *         .addIndexId(indexId)
 *         .prompt("What were the main findings in Q3?")
 *         .build();
 * ChatStreamResponse turn = client.beta().chat().stream(params);
 * }</pre>
 */
public final class ChatStreamParams implements Params {

    private final String sessionId;
    private final String organizationId;
    private final String projectId;
    private final List<String> indexIds;
    private final String prompt;
    private final Boolean requireAllIndexes;

    private final AdditionalParams additional;

    private ChatStreamParams(Builder b) {
        this.additional = b.additional.build();
        this.sessionId = b.sessionId;
        this.organizationId = b.organizationId;
        this.projectId = b.projectId;
        this.indexIds = List.copyOf(b.indexIds);
        this.prompt = b.prompt;
        this.requireAllIndexes = b.requireAllIndexes;
    }

    /** Required: {@code indexIds} and {@code prompt}; {@code sessionId} here or as an argument. */
    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    /** Indexes to retrieve data from. */
    public List<String> indexIds() {
        return indexIds;
    }

    /** User message for this chat turn. */
    public String prompt() {
        return prompt;
    }

    /** Fail the turn if any requested index cannot be queried (default: skip those). */
    public Optional<Boolean> requireAllIndexes() {
        return Optional.ofNullable(requireAllIndexes);
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

    /** The path parameter at {@code index} (in URL order), or {@code ""} when unset or out of range. */
    public String _pathParam(int index) {
        switch (index) {
            case 0:
                return sessionId != null ? sessionId : "";
            default:
                return "";
        }
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

    public Builder toBuilder() {
        return copyFields().withAdditional(additional);
    }

    private Builder copyFields() {
        return new Builder().sessionId(sessionId).organizationId(organizationId).projectId(projectId)
                .indexIds(indexIds).prompt(prompt).requireAllIndexes(requireAllIndexes);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChatStreamParams)) {
            return false;
        }
        ChatStreamParams other = (ChatStreamParams) o;
        return additional.equals(other.additional)
                && Objects.equals(sessionId, other.sessionId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId)
                && indexIds.equals(other.indexIds)
                && prompt.equals(other.prompt)
                && Objects.equals(requireAllIndexes, other.requireAllIndexes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, sessionId, organizationId, projectId, indexIds, prompt, requireAllIndexes);
    }

    @Override
    public String toString() {
        return "ChatStreamParams{sessionId=" + sessionId + ", organizationId=" + organizationId
                + ", projectId=" + projectId + ", indexIds=" + indexIds + ", prompt=" + prompt
                + ", requireAllIndexes=" + requireAllIndexes + ", " + additional + "}";
    }

    /** A builder for {@link ChatStreamParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String sessionId;
        private String organizationId;
        private String projectId;
        private List<String> indexIds;
        private String prompt;
        private Boolean requireAllIndexes;

        private Builder() {}

        @Override
        public AdditionalParams.Builder _additional() {
            return additional;
        }

        private Builder withAdditional(AdditionalParams additional) {
            this.additional = additional.toBuilder();
            return this;
        }

        public Builder sessionId(String sessionId) {
            this.sessionId = sessionId;
            return this;
        }

        public Builder sessionId(Optional<String> sessionId) {
            return sessionId(sessionId.orElse(null));
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

        /** Replaces the index ids. */
        public Builder indexIds(List<String> indexIds) {
            this.indexIds = indexIds == null ? null : new ArrayList<>(indexIds);
            return this;
        }

        public Builder addIndexId(String indexId) {
            if (indexIds == null) {
                indexIds = new ArrayList<>();
            }
            indexIds.add(indexId);
            return this;
        }

        public Builder prompt(String prompt) {
            this.prompt = prompt;
            return this;
        }

        public Builder requireAllIndexes(Boolean requireAllIndexes) {
            this.requireAllIndexes = requireAllIndexes;
            return this;
        }

        public Builder requireAllIndexes(Optional<Boolean> requireAllIndexes) {
            return requireAllIndexes(requireAllIndexes.orElse(null));
        }

        /**
         * @throws IllegalStateException if {@code indexIds} or {@code prompt} is unset
         * @throws IllegalArgumentException if an index id is blank
         */
        public ChatStreamParams build() {
            if (indexIds == null) {
                throw new IllegalStateException("`indexIds` is required, but was not set");
            }
            if (prompt == null) {
                throw new IllegalStateException("`prompt` is required, but was not set");
            }
            for (int i = 0; i < indexIds.size(); i++) {
                String id = indexIds.get(i);
                if (id == null || id.isBlank()) {
                    throw new IllegalArgumentException("indexIds[" + i + "] must not be blank: " + id);
                }
            }
            return new ChatStreamParams(this);
        }
    }
}
