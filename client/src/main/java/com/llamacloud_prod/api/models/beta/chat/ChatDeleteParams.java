package com.llamacloud_prod.api.models.beta.chat;

import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of {@code DELETE /api/v1/chat/{session_id}}: the session id (a path parameter, percent-encoded)
 * and the optional project scope, always sent as query parameters.
 *
 * <pre>{@code
 * client.beta().chat().delete(ChatDeleteParams.builder().sessionId("ses-123").build());
 * }</pre>
 */
public final class ChatDeleteParams {

    private final String sessionId;
    private final String organizationId;
    private final String projectId;

    private ChatDeleteParams(Builder builder) {
        this.sessionId = builder.sessionId;
        this.organizationId = builder.organizationId;
        this.projectId = builder.projectId;
    }

    public static ChatDeleteParams none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Unset when the session id is passed positionally, e.g. {@code delete(sessionId, params)}. */
    public Optional<String> sessionId() {
        return Optional.ofNullable(sessionId);
    }

    public Optional<String> organizationId() {
        return Optional.ofNullable(organizationId);
    }

    public Optional<String> projectId() {
        return Optional.ofNullable(projectId);
    }

    public Builder toBuilder() {
        return new Builder().sessionId(sessionId).organizationId(organizationId).projectId(projectId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ChatDeleteParams)) {
            return false;
        }
        ChatDeleteParams other = (ChatDeleteParams) o;
        return Objects.equals(sessionId, other.sessionId)
                && Objects.equals(organizationId, other.organizationId)
                && Objects.equals(projectId, other.projectId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, organizationId, projectId);
    }

    @Override
    public String toString() {
        return "ChatDeleteParams{sessionId=" + sessionId + ", organizationId=" + organizationId
                + ", projectId=" + projectId + "}";
    }

    /** A builder for {@link ChatDeleteParams}. */
    public static final class Builder {
        private String sessionId;
        private String organizationId;
        private String projectId;

        private Builder() {}

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
        public ChatDeleteParams build() {
            if (sessionId != null && sessionId.isEmpty()) {
                throw new IllegalArgumentException("sessionId must not be empty");
            }
            return new ChatDeleteParams(this);
        }
    }
}
