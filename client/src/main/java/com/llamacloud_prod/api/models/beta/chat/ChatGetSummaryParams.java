package com.llamacloud_prod.api.models.beta.chat;

import com.llamacloud_prod.api.core.AdditionalParams;
import com.llamacloud_prod.api.core.Params;
import com.llamacloud_prod.api.core.ParamsBuilder;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code GET /api/v1/chat/{session_id}/summary}: the session id (a path parameter, percent-encoded)
 * and the optional project scope, always sent as query parameters.
 *
 * <pre>{@code
 * ChatGetSummaryResponse summary = client.beta().chat().getSummary(
 *         "ses-123", ChatGetSummaryParams.builder().projectId(projectId).build());
 * }</pre>
 */
public final class ChatGetSummaryParams implements Params {

    private final String sessionId;
    private final String organizationId;
    private final String projectId;

    private final AdditionalParams additional;

    private ChatGetSummaryParams(Builder builder) {
        this.additional = builder.additional.build();
        this.sessionId = builder.sessionId;
        this.organizationId = builder.organizationId;
        this.projectId = builder.projectId;
    }

    public static ChatGetSummaryParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unset when the session id is passed positionally, e.g. {@code getSummary(sessionId, params)}. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
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
        return new Builder().sessionId(sessionId).organizationId(organizationId).projectId(projectId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChatGetSummaryParams)) {
            return false;
        }
        ChatGetSummaryParams other = (ChatGetSummaryParams) o;
        return additional.equals(other.additional)
                && Objects.equals(sessionId, other.sessionId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(additional, sessionId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "ChatGetSummaryParams{sessionId=" + sessionId + ", organizationId=" + organizationId
                + ", projectId=" + projectId + ", " + additional + "}";
    }

    /** A builder for {@link ChatGetSummaryParams}. */
    public static final class Builder implements ParamsBuilder<Builder> {
        private AdditionalParams.Builder additional = AdditionalParams.builder();
        private String sessionId;
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

        /** @throws IllegalArgumentException if {@code sessionId} is set but empty */
        public ChatGetSummaryParams build() {
            if (sessionId != null && sessionId.isEmpty()) {
                throw new IllegalArgumentException("sessionId must not be empty");
            }
            return new ChatGetSummaryParams(this);
        }
    }
}
