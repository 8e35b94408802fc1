package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.paging.PageRequest;
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

    /**
     * Starts a turn in one transaction: locks the index set and sets the title on the first turn,
     * appends the user_input event and bumps last_updated_at. Returns the turn's number (0, 1, ...).
     */
    int startTurn(String sessionId, TurnStart start);

    /** Appends a message event of a running turn. */
    void appendEvent(String sessionId, int turn, JsonNode event, long at);

    /**
     * Ends a turn in one transaction: appends its stop event, replaces job_metadata, marks the
     * session as running no turn and bumps last_updated_at.
     */
    void finishTurn(String sessionId, int turn, JsonNode stop, JobMetadata jobMetadata, long at);

    /** Turns started and not finished: after a crash, the turns the crash interrupted. */
    List<RunningTurn> runningTurns();

    /** A turn without its stop event; times are those of its first and last stored events. */
    record RunningTurn(String sessionId, String projectId, int turn, List<String> indexIds, long startedAt, long lastEventAt) {}

    /** What changes when a turn starts; {@code lockIndexIds}/{@code title} only on the first turn. */
    record TurnStart(java.util.Optional<List<String>> lockIndexIds, java.util.Optional<String> title,
                     JsonNode userInput, long at) {}
}
