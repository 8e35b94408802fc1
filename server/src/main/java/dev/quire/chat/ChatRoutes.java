package dev.quire.chat;

import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.JsonBody;
import dev.quire.http.RequestScope;
import dev.quire.http.Requests;
import dev.quire.http.Responses;
import dev.quire.http.RouteGroup;
import dev.quire.http.Router;
import io.javalin.http.Context;
import java.util.List;

/** HTTP routes of chat sessions (contract §10). */
public final class ChatRoutes implements RouteGroup {
    private final ChatService chat;

    public ChatRoutes(ChatService chat) {
        this.chat = chat;
    }

    @Override
    public void register(Router router) {
        router.tag("chat")
                .post("/api/v1/chat", "Create a chat session", this::create)
                .get("/api/v1/chat", "List chat sessions, most recently updated first", this::list)
                .get("/api/v1/chat/{session_id}", "Get a chat session with its event history", this::get)
                .get("/api/v1/chat/{session_id}/summary", "Get a chat session without events", this::summary)
                .delete("/api/v1/chat/{session_id}", "Delete a chat session", this::delete);
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

    private void delete(Context ctx) {
        chat.delete(RequestScope.of(ctx).projectId(), ctx.pathParam("session_id"));
        Responses.noContent(ctx);
    }
}
