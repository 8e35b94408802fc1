package dev.quire.chat;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.http.SseStream;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.List;

/** HTTP routes of chat sessions (contract §10). */
public final class ChatRoutes implements RouteGroup {
    private final ChatService chat;
    private final TurnService turns;
    private final java.time.Duration pingAfter;

    /** {@code pingAfter}: idle time before a {@code : ping} keep-alive comment (15 s by default). */
    public ChatRoutes(ChatService chat, TurnService turns, java.time.Duration pingAfter) {
        this.chat = chat;
        this.turns = turns;
        this.pingAfter = pingAfter;
    }

    @Override
    public void register(Router router) {
        router.tag("chat")
                .create("/api/v1/chat", "Create a chat session", ChatSchemas.CREATE, this::create)
                .get("/api/v1/chat", "List chat sessions, most recently updated first", ChatSchemas.LIST, this::list)
                .get("/api/v1/chat/{session_id}", "Get a chat session with its event history", ChatSchemas.RETRIEVE, this::get)
                .get("/api/v1/chat/{session_id}/summary", "Get a chat session without events", ChatSchemas.SUMMARY, this::summary)
                .delete("/api/v1/chat/{session_id}", "Delete a chat session", ChatSchemas.DELETE, this::delete)
                .post("/api/v1/chat/{session_id}/messages/stream", "Run a turn, streamed as Server-Sent Events",
                        ChatSchemas.STREAM, this::stream);
    }

    private void create(Context ctx) {
        JsonBody body = Requests.body(ctx);
        List<String> indexIds = JsonBody.distinct(body.optionalStringList("index_ids").orElse(List.of()));
        String sharedAccess = body.optionalString("shared_access").orElse("read_only");
        body.validate();
        if (indexIds.size() > ChatService.MAX_INDEXES) {
            throw ValidationException.of(FieldError.body("too_long",
                    "List should have at most " + ChatService.MAX_INDEXES + " items after validation, not "
                            + indexIds.size(), indexIds, "index_ids"));
        }
        if (!ChatService.SHARED_ACCESS.contains(sharedAccess)) {
            throw ValidationException.of(FieldError.body("literal_error",
                    "Input should be 'query' or 'read_only'", sharedAccess, "shared_access"));
        }
        Responses.json(ctx, chat.create(RequestScope.of(ctx).projectId(), indexIds, sharedAccess));
    }

    private void list(Context ctx) {
        Responses.json(ctx, chat.list(RequestScope.of(ctx).projectId(), Requests.page(ctx, List.of())));
    }

    private void get(Context ctx) {
        Responses.json(ctx, chat.get(RequestScope.of(ctx).projectId(), ctx.pathParam("session_id")));
    }

    private void summary(Context ctx) {
        Responses.json(ctx, chat.summary(RequestScope.of(ctx).projectId(), ctx.pathParam("session_id")));
    }

    /**
     * Validation errors are ordinary JSON errors; once the turn starts, the 200 and the headers go
     * out at once and events follow as they happen. If the client goes away, the turn goes on and is
     * stored; the handler just stops writing.
     */
    private void stream(Context ctx) throws Exception {
        String projectId = RequestScope.of(ctx).projectId();
        String sessionId = ctx.pathParam("session_id");
        chat.requireLive(projectId, sessionId);
        TurnService.Turn turn = turns.start(projectId, sessionId, turnRequest(Requests.body(ctx)));
        if (readsOneJsonObject(ctx)) {
            answerAsJson(ctx, sessionId, turn);
            return;
        }
        try {
            SseStream sse = SseStream.open(ctx);
            while (true) {
                ObjectNode event = turn.next(pingAfter.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    sse.comment("ping");
                    continue;
                }
                sse.send(ChatEvents.isDelta(event) ? "delta" : "message", event);
                if (event.path("type").asText().equals("stop")) {
                    // Ends the body now (the chunked terminator), not after the handler returns, so a
                    // shutdown waiting for this stream never cuts it.
                    sse.close();
                    return;
                }
            }
        } catch (IOException disconnected) {
            // The client left; the turn completes and is stored (GET the session to read it).
        } finally {
            turns.streamEnded(turn);
        }
    }

    /**
     * LlamaCloud's official Java SDK (1.x) reads this endpoint's answer as one JSON object (its
     * ChatStreamResponse) and fails on an event stream. It sends no Accept header, only its
     * X-Stainless-Lang; the TypeScript client sends Accept: application/json yet reads the stream as
     * text, so the Accept header alone cannot tell them apart. Quire's own SDK asks for
     * text/event-stream and streams.
     */
    static boolean readsOneJsonObject(Context ctx) {
        String accept = ctx.header("Accept");
        return "java".equalsIgnoreCase(ctx.header("X-Stainless-Lang"))
                && (accept == null || !accept.toLowerCase(java.util.Locale.ROOT).contains("text/event-stream"));
    }

    /** Waits for the turn to end and answers its events at once, as {@code {session_id, events}}. */
    private void answerAsJson(Context ctx, String sessionId, TurnService.Turn turn) throws InterruptedException {
        try {
            com.fasterxml.jackson.databind.node.ArrayNode events = dev.quire.common.Json.mapper().createArrayNode();
            while (true) {
                ObjectNode event = turn.next(pingAfter.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    continue;
                }
                if (!ChatEvents.isDelta(event)) {
                    events.add(event);
                }
                if (event.path("type").asText().equals("stop")) {
                    break;
                }
            }
            ObjectNode body = dev.quire.common.Json.mapper().createObjectNode();
            body.put("session_id", sessionId);
            body.set("events", events);
            Responses.json(ctx, body);
        } finally {
            turns.streamEnded(turn);
        }
    }

    private TurnRequest turnRequest(JsonBody body) {
        if (!body.has("index_ids")) {
            body.fail("missing", "Field required", null, "index_ids");
        }
        List<String> indexIds = JsonBody.distinct(body.optionalStringList("index_ids").orElse(List.of()));
        String prompt = body.requiredString("prompt");
        boolean requireAll = body.optionalBoolean("require_all_indexes").orElse(false);
        body.validate();
        if (indexIds.isEmpty() || indexIds.size() > ChatService.MAX_INDEXES) {
            throw ValidationException.of(FieldError.body("value_error",
                    "index_ids must have 1 to " + ChatService.MAX_INDEXES + " items", indexIds, "index_ids"));
        }
        if (prompt.isBlank() || prompt.length() > turns.maxPromptChars()) {
            throw ValidationException.of(FieldError.body("value_error",
                    "prompt must have 1 to " + turns.maxPromptChars() + " characters", prompt.length(), "prompt"));
        }
        return new TurnRequest(indexIds, prompt, requireAll);
    }

    private void delete(Context ctx) {
        chat.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("session_id"));
        Responses.noContent(ctx);
    }
}
