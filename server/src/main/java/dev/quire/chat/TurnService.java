package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.chat.agent.Agent;
import dev.quire.chat.model.ModelException;
import dev.quire.chat.model.ModelMessage;
import dev.quire.common.Coordination;
import dev.quire.common.DaemonThreads;
import dev.quire.common.SafeErrors;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import dev.quire.indexes.Index;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs chat turns (contract §10.6, §11): validates, locks the index set, titles the session, runs
 * the agent on a worker thread and stores every message event as it happens. The turn belongs to
 * the server, not to the HTTP request: a client that disconnects loses nothing; deleting the session
 * or stopping the server cancels the turn, which still ends with a stop event.
 */
public final class TurnService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TurnService.class);
    static final String SYSTEM_PROMPT = "You are Quire, an assistant that answers questions from the user's "
            + "indexed documents. Search them with the tools before answering (retrieve first; find_files, "
            + "grep_file and read_file to look closer). Answer only from what the tools returned, and cite every "
            + "claim with its source as [n] followed by a list of sources giving file name and page. If the "
            + "documents do not contain the answer, say so plainly.";

    private final SessionStore sessions;
    private final TurnIndexes indexes;
    private final Agent agent;
    private final ExecutorService workers;
    private final Clock clock;
    private final int maxPromptChars;
    private final Coordination node;
    /** Lease renewal, the interrupted-turn repair and the check for sessions deleted on other nodes. */
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("quire-turn-leases"));
    /** This node's running turns by session. One per session across nodes is the database's claim. */
    private final ConcurrentHashMap<String, Turn> running = new ConcurrentHashMap<>();
    /** Turns whose stream is still being written; shutdown waits for them to send their stop event. */
    private final Set<Turn> streaming = ConcurrentHashMap.newKeySet();
    private volatile boolean closing;

    private final dev.quire.telemetry.Metrics metrics;
    private final io.opentelemetry.api.trace.Tracer tracer;

    public TurnService(SessionStore sessions, TurnIndexes indexes, Agent agent, ExecutorService workers, Clock clock,
                       int maxPromptChars, Coordination node) {
        this(sessions, indexes, agent, workers, clock, maxPromptChars, node, dev.quire.telemetry.Metrics.NONE,
                io.opentelemetry.api.OpenTelemetry.noop().getTracer("quire"));
    }

    /** {@code metrics}, {@code tracer}: each turn is measured, and traced as a {@code chat turn} span. */
    public TurnService(SessionStore sessions, TurnIndexes indexes, Agent agent, ExecutorService workers, Clock clock,
                       int maxPromptChars, Coordination node, dev.quire.telemetry.Metrics metrics,
                       io.opentelemetry.api.trace.Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        this.node = node;
        this.sessions = sessions;
        this.indexes = indexes;
        this.agent = agent;
        this.workers = workers;
        this.clock = clock;
        this.maxPromptChars = maxPromptChars;
    }

    /** A running turn: its events in order (deltas included), ending with the stop event. */
    public static final class Turn {
        private final BlockingQueue<ObjectNode> events = new LinkedBlockingQueue<>();
        private final AtomicBoolean cancelled = new AtomicBoolean();
        /** Set once the database holds the claim; checks against the database start from then. */
        private volatile boolean claimed;
        /** When the turn's first answer text was emitted (System.nanoTime), 0 before. */
        private volatile long firstText;

        public ObjectNode next(long timeout, TimeUnit unit) throws InterruptedException {
            return events.poll(timeout, unit);
        }
    }

    public int maxPromptChars() {
        return maxPromptChars;
    }

    /** Validates in the contract's order and starts the turn; errors here are ordinary HTTP errors. */
    public Turn start(String projectId, String sessionId, TurnRequest request) {
        ChatSession session = sessions.find(projectId, sessionId).filter(s -> !s.deleted())
                .orElseThrow(() -> new ApiException.NotFound("Chat session not found"));
        boolean firstBound = session.indexIds().isPresent() && !session.locked();
        if (session.locked() && !new HashSet<>(session.indexIds().orElse(List.of()))
                .equals(new HashSet<>(request.indexIds()))) {
            throw new ApiException.BadRequest("index_ids are locked for this session");
        }
        if (closing) {
            throw new ApiException.Unavailable("The server is shutting down");
        }
        Turn turn = new Turn();
        if (running.putIfAbsent(session.id(), turn) != null) {
            throw new ApiException.Conflict("A turn is already running in this session");
        }
        try {
            List<Index> resolved = new ArrayList<>();
            for (String id : request.indexIds()) {
                resolved.add(indexes.find(projectId, id)
                        .orElseThrow(() -> new ApiException.NotFound("Index not found: " + id)));
            }
            List<ModelMessage> history = history(session.id());
            long now = Timestamps.nowMicros(clock);
            int number = sessions.startTurn(session.id(), new SessionStore.TurnStart(
                    firstBound ? Optional.of(request.indexIds()) : Optional.empty(),
                    session.generatedTitle().isEmpty() ? Optional.of(Titles.of(request.prompt())) : Optional.empty(),
                    ChatEvents.userInput(request.prompt()), now, node.nodeId(), leaseUntil()))
                    .orElseThrow(() -> busyOrGone(projectId, session.id()));
            turn.claimed = true;
            turn.events.add(ChatEvents.userInput(request.prompt()));
            streaming.add(turn);
            // The turn's span is a child of the request's (current here), though it runs on a worker.
            io.opentelemetry.context.Context parent = io.opentelemetry.context.Context.current();
            workers.submit(() -> {
                io.opentelemetry.api.trace.Span span = tracer.spanBuilder("chat turn").setParent(parent).startSpan();
                try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
                    run(projectId, session.id(), number, turn, resolved, history, request);
                } finally {
                    span.end();
                }
            });
            return turn;
        } catch (RuntimeException e) {
            running.remove(session.id(), turn);
            streaming.remove(turn);
            throw e;
        }
    }

    private void run(String projectId, String sessionId, int number, Turn turn, List<Index> requested,
                     List<ModelMessage> history, TurnRequest request) {
        long started = System.nanoTime();
        List<Index> queryable = requested.stream().filter(TurnService::queryable).toList();
        List<String> skipped = requested.stream().filter(i -> !queryable(i)).map(Index::id).toList();
        List<String> exportConfigs = queryable.stream().map(Index::exportConfigId).toList();
        Agent.Outcome outcome = null;
        String error = null;
        try {
            if (request.requireAllIndexes() && !skipped.isEmpty()) {
                error = "These indexes cannot be queried yet: " + String.join(", ", skipped);
            } else {
                List<ModelMessage> conversation = new ArrayList<>();
                conversation.add(new ModelMessage.System(SYSTEM_PROMPT + indexNote(queryable)));
                conversation.addAll(history);
                conversation.add(new ModelMessage.User(request.prompt()));
                outcome = agent.run(projectId, queryable, conversation,
                        event -> emit(sessionId, number, turn, event), turn.cancelled::get);
                if (outcome.limitReached() && !outcome.answered()) {
                    error = "agent step limit reached";
                }
            }
        } catch (Agent.Cancelled e) {
            error = "cancelled";
        } catch (ModelException e) {
            error = e.getMessage();
        } catch (RuntimeException e) {
            LOG.error("chat turn in session {} failed", sessionId, SafeErrors.loggable(e));
            error = "internal error: " + e.getClass().getSimpleName();
        }
        double millis = (System.nanoTime() - started) / 1e6;
        JobMetadata usage = new JobMetadata(millis, error, exportConfigs, error != null,
                outcome == null ? null : outcome.inputTokens().orElse(null),
                outcome == null ? null : outcome.outputTokens().orElse(null),
                outcome == null ? 0 : outcome.modelCalls());
        long first = turn.firstText;
        metrics.chatTurn(new dev.quire.telemetry.Metrics.ChatTurn(first == 0 ? -1 : first - started,
                System.nanoTime() - started, error != null, usage.totalInputTokens(), usage.totalOutputTokens()));
        finish(sessionId, number, turn, usage, skipped);
    }

    /**
     * Ends the turns a crash interrupted (run at start-up, before HTTP): every turn ends with exactly
     * one stop event (contract §11.2), here {@code {"is_error": true, "error": "interrupted"}}, and the
     * session's job_metadata says so. The duration is that of the events the turn stored. Then starts,
     * for as long as this service runs: renewing this node's turn leases (repairing the turns of nodes
     * that die later at each renewal), and cancelling, within {@code turnCheckInterval}, this node's
     * turns whose session another node deleted. Call once.
     */
    public int closeInterruptedTurns() {
        // The sole node of its database owns every lease it finds at start: their node was this one's
        // predecessor. With other nodes, only leases that ran out are theirs to close.
        int closed = closeAbandonedTurns(node.soleNode() ? Long.MAX_VALUE : clock.millis());
        long renew = node.renewInterval().toMillis();
        long check = node.turnCheckInterval().toMillis();
        timer.scheduleWithFixedDelay(this::renewLeases, renew, renew, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::stopTurnsEndedElsewhere, check, check, TimeUnit.MILLISECONDS);
        return closed;
    }

    /**
     * Closes the turns whose lease ran out before {@code nowMillis}: their node died mid-turn. Runs at
     * start and with every renewal, since any node may die; a turn a live node streams is never closed.
     */
    int closeAbandonedTurns(long nowMillis) {
        int closed = 0;
        for (SessionStore.RunningTurn t : sessions.abandonedTurns(nowMillis)) {
            List<String> exportConfigs = t.indexIds().stream()
                    .flatMap(id -> indexes.find(t.projectId(), id).stream()).map(Index::exportConfigId).toList();
            double millis = Math.max(0, t.lastEventAt() - t.startedAt()) / 1000.0;
            JobMetadata usage = new JobMetadata(millis, "interrupted", exportConfigs, true, null, null, 0);
            if (sessions.closeAbandonedTurn(t.sessionId(), t.turn(), nowMillis,
                    ChatEvents.stop(true, "interrupted", usage, List.of()), usage, Timestamps.nowMicros(clock))) {
                closed++;
                LOG.warn("chat turn {} of session {} was interrupted (its server stopped); closed it", t.turn(),
                        t.sessionId());
            }
        }
        return closed;
    }

    private long leaseUntil() {
        return clock.millis() + node.lease().toMillis();
    }

    private ApiException busyOrGone(String projectId, String sessionId) {
        boolean gone = sessions.find(projectId, sessionId).map(ChatSession::deleted).orElse(true);
        return gone ? new ApiException.NotFound("Chat session not found")
                : new ApiException.Conflict("A turn is already running in this session");
    }

    /** Renews the leases of this node's turns (a turn that lost its lease is cancelled), then repairs. */
    private void renewLeases() {
        try {
            java.util.Map<String, Turn> mine = claimedTurns();
            Set<String> held = sessions.renewTurns(node.nodeId(), mine.keySet(), leaseUntil());
            mine.forEach((id, turn) -> {
                if (!held.contains(id)) {
                    turn.cancelled.set(true);
                }
            });
            closeAbandonedTurns(clock.millis());
        } catch (RuntimeException e) {
            LOG.error("could not renew chat turn leases", SafeErrors.loggable(e));
        }
    }

    /** Cancels this node's turns whose session was deleted, or whose turn was closed, on any node. */
    private void stopTurnsEndedElsewhere() {
        try {
            java.util.Map<String, Turn> mine = claimedTurns();
            if (!mine.isEmpty()) {
                sessions.turnsToStop(node.nodeId(), mine.keySet()).forEach(id -> mine.get(id).cancelled.set(true));
            }
        } catch (RuntimeException e) {
            LOG.error("could not check running chat turns", SafeErrors.loggable(e));
        }
    }

    /** This node's turns the database knows of (a turn whose claim is not committed yet is left alone). */
    private java.util.Map<String, Turn> claimedTurns() {
        java.util.Map<String, Turn> claimed = new java.util.HashMap<>();
        running.forEach((id, turn) -> {
            if (turn.claimed) {
                claimed.put(id, turn);
            }
        });
        return claimed;
    }

    /** Exported at least once and not deleted (contract §10.6). */
    private static boolean queryable(Index index) {
        return index.hasExport() && index.deletedAt().isEmpty();
    }

    private void finish(String sessionId, int number, Turn turn, JobMetadata usage, List<String> skipped) {
        ObjectNode stop = ChatEvents.stop(usage.isError(), usage.error(), usage, skipped);
        try {
            if (!sessions.finishTurn(sessionId, number, node.nodeId(), stop, usage, Timestamps.nowMicros(clock))) {
                LOG.warn("chat turn {} of session {} was closed elsewhere before it ended", number, sessionId);
            }
        } catch (RuntimeException e) {
            LOG.error("could not store the end of a turn in session {}", sessionId, SafeErrors.loggable(e));
        } finally {
            running.remove(sessionId, turn);
            turn.events.add(stop);
        }
    }

    /** Stores message events as they happen (a GET during the turn shows progress); deltas only stream. */
    private void emit(String sessionId, int number, Turn turn, ObjectNode event) {
        if (turn.firstText == 0 && (event.path("type").asText().equals("text_delta")
                || event.path("type").asText().equals("text"))) {
            turn.firstText = System.nanoTime();
        }
        if (!ChatEvents.isDelta(event)
                && !sessions.appendEvent(sessionId, number, node.nodeId(), event, Timestamps.nowMicros(clock))) {
            // The turn is no longer this node's (closed as interrupted after a lost lease): stop it.
            turn.cancelled.set(true);
            return;
        }
        turn.events.add(event);
    }

    /** Earlier turns as the model sees them: each question and the answer text given. */
    private List<ModelMessage> history(String sessionId) {
        List<ModelMessage> messages = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (JsonNode event : sessions.events(sessionId)) {
            switch (event.path("type").asText()) {
                case "user_input" -> {
                    flushAnswer(messages, answer);
                    messages.add(new ModelMessage.User(event.path("content").asText()));
                }
                case "text" -> answer.append(answer.length() == 0 ? "" : "\n").append(event.path("content").asText());
                default -> { }
            }
        }
        flushAnswer(messages, answer);
        return messages;
    }

    private static void flushAnswer(List<ModelMessage> messages, StringBuilder answer) {
        if (answer.length() > 0) {
            messages.add(new ModelMessage.Assistant(answer.toString(), List.of()));
            answer.setLength(0);
        }
    }

    private static String indexNote(List<Index> queryable) {
        if (queryable.isEmpty()) {
            return " No index can be searched for this question.";
        }
        return " Indexes: " + String.join(", ", queryable.stream().map(i -> i.id() + " (" + i.name() + ")").toList())
                + ".";
    }

    /** Cancels the session's running turn, if any (session deleted). */
    public void cancel(String sessionId) {
        Turn turn = running.get(sessionId);
        if (turn != null) {
            turn.cancelled.set(true);
        }
    }

    /**
     * Stops renewing leases and checking sessions, as a frozen or dying node would (tests). Its turns
     * go on until their next write, which the database refuses once another node closed them.
     */
    void stopRenewing() {
        timer.shutdownNow();
    }

    /** The stream of a turn has ended: its stop event was written, or its client went away. */
    public void streamEnded(Turn turn) {
        streaming.remove(turn);
    }

    /**
     * Refuses new turns, cancels the running ones and waits (at most 5 s) until each has stored its
     * stop event and its stream has written it, so clients see {@code "error": "cancelled"} and a
     * complete response rather than a cut connection. Call before stopping HTTP.
     */
    @Override
    public void close() {
        closing = true;
        timer.shutdownNow();
        long deadline = System.currentTimeMillis() + 5_000;
        while (!(running.isEmpty() && streaming.isEmpty()) && System.currentTimeMillis() < deadline) {
            // Again on every pass: a turn that got past the closing check just before it was set.
            running.values().forEach(t -> t.cancelled.set(true));
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
