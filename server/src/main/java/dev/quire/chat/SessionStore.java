package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
     * Starts a turn in one transaction, if the session is live and runs no turn: claims the session's
     * running turn for {@code start.owner()} with a lease, locks the index set and sets the title on the
     * first turn, appends the user_input event and bumps last_updated_at. Returns the turn's number
     * (0, 1, ...), or empty when another turn (on any node) is running or the session was deleted.
     */
    OptionalInt startTurn(String sessionId, TurnStart start);

    /** Appends a message event of a turn {@code owner} still holds; false when it no longer does. */
    boolean appendEvent(String sessionId, int turn, String owner, JsonNode event, long at);

    /**
     * Ends a turn {@code owner} still holds, in one transaction: appends its stop event, replaces
     * job_metadata, marks the session as running no turn and bumps last_updated_at. False when the
     * turn is no longer {@code owner}'s (it was closed as interrupted).
     */
    boolean finishTurn(String sessionId, int turn, String owner, JsonNode stop, JobMetadata jobMetadata, long at);

    /**
     * Ends a turn whose lease ran out before {@code nowMillis} (its node died) like {@link #finishTurn};
     * false when it is no longer running or a live node renewed it meanwhile.
     */
    boolean closeAbandonedTurn(String sessionId, int turn, long nowMillis, JsonNode stop, JobMetadata jobMetadata,
                               long at);

    /** Turns started and not finished whose lease ran out before {@code nowMillis}: their node died. */
    List<RunningTurn> abandonedTurns(long nowMillis);

    /** Extends {@code owner}'s leases on the running turns of these sessions; returns the sessions it still holds. */
    Set<String> renewTurns(String owner, Collection<String> sessionIds, long leaseUntil);

    /** Those of the sessions whose running turn is no longer {@code owner}'s, or that were deleted. */
    Set<String> turnsToStop(String owner, Collection<String> sessionIds);

    /** A turn without its stop event; times are those of its first and last stored events. */
    record RunningTurn(String sessionId, String projectId, int turn, List<String> indexIds, long startedAt, long lastEventAt) {}

    /**
     * What changes when a turn starts; {@code lockIndexIds}/{@code title} only on the first turn.
     * {@code owner} is the node that streams it, holding it until {@code leaseUntil} (ms) unless renewed.
     */
    record TurnStart(java.util.Optional<List<String>> lockIndexIds, java.util.Optional<String> title,
                     JsonNode userInput, long at, String owner, long leaseUntil) {}
}
