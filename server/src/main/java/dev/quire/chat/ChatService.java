package dev.quire.chat;

import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.http.Page;
import dev.quire.paging.PageRequest;
import dev.quire.http.PageToken;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chat sessions: create, list, read and delete. A session belongs to the project it was created in
 * and is invisible from any other (lookups answer 404).
 */
public final class ChatService {
    public static final int MAX_INDEXES = 10;
    public static final List<String> SHARED_ACCESS = List.of("read_only", "query");

    private final SessionStore sessions;
    private final IndexLookup indexes;
    private final java.util.function.Consumer<String> onDelete;
    private final Ids ids;
    private final Clock clock;

    /** {@code onDelete} hears of deleted sessions (so their running turn is cancelled). */
    public ChatService(SessionStore sessions, IndexLookup indexes, java.util.function.Consumer<String> onDelete,
                       Ids ids, Clock clock) {
        this.sessions = sessions;
        this.indexes = indexes;
        this.onDelete = onDelete;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code indexIds}: already validated for shape and count, de-duplicated; empty = unbound. */
    public SessionSummary create(String projectId, List<String> indexIds, String sharedAccess) {
        Set<String> found = indexes.existing(projectId, indexIds);
        for (String indexId : indexIds) {
            if (!found.contains(indexId)) {
                throw new ApiException.NotFound("Index not found: " + indexId);
            }
        }
        long now = Timestamps.nowMicros(clock);
        ChatSession session = new ChatSession(ids.prefixed("ses"), projectId,
                indexIds.isEmpty() ? Optional.empty() : Optional.of(indexIds),
                Optional.empty(), Optional.empty(), sharedAccess, false, now, now, Optional.empty());
        sessions.insert(session);
        return SessionSummary.of(session);
    }

    public Page<SessionSummary> list(String projectId, PageRequest page) {
        List<ChatSession> rows = sessions.list(projectId, page);
        boolean more = rows.size() > page.size();
        List<ChatSession> items = more ? rows.subList(0, page.size()) : rows;
        String next = null;
        if (more) {
            ChatSession last = items.get(items.size() - 1);
            next = PageToken.encode(List.of(), Long.toString(last.lastUpdatedAt()), last.id());
        }
        return new Page<>(items.stream().map(SessionSummary::of).toList(), next, null);
    }

    public SessionSummary.Full get(String projectId, String sessionId) {
        ChatSession session = live(projectId, sessionId);
        return SessionSummary.Full.of(session, sessions.events(session.id()));
    }

    /** 404 unless the session exists in the project and is not deleted. */
    public void requireLive(String projectId, String sessionId) {
        live(projectId, sessionId);
    }

    public SessionSummary summary(String projectId, String sessionId) {
        return SessionSummary.of(live(projectId, sessionId));
    }

    /** Deleting twice is not an error (a client may retry after a lost 204); unknown ids are 404. */
    public void delete(String projectId, String sessionId) {
        ChatSession session = sessions.find(projectId, sessionId).orElseThrow(ChatService::notFound);
        if (!session.deleted()) {
            sessions.markDeleted(projectId, session.id(), Timestamps.nowMicros(clock));
            onDelete.accept(session.id());
        }
    }

    private ChatSession live(String projectId, String sessionId) {
        return sessions.find(projectId, sessionId).filter(s -> !s.deleted()).orElseThrow(ChatService::notFound);
    }

    private static ApiException notFound() {
        return new ApiException.NotFound("Chat session not found");
    }
}
