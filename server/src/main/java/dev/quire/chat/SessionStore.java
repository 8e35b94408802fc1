package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.http.PageRequest;
import java.util.List;
import java.util.Optional;

/** Chat sessions and their event history. */
public interface SessionStore {
    void insert(ChatSession session);

    /** A session of the project, including a tombstoned one (callers decide what deleted means). */
    Optional<ChatSession> find(String projectId, String sessionId);

    /** Live sessions, most recently updated first, after the page's position; size + 1 rows at most. */
    List<ChatSession> list(String projectId, PageRequest page);

    /** Tombstones the session; false when it was already deleted. */
    boolean markDeleted(String projectId, String sessionId, long at);

    /** The persisted message events, oldest first. */
    List<JsonNode> events(String sessionId);
}
