package dev.quire.http;

import dev.quire.common.Json;
import io.javalin.http.Context;

/** Writing responses: JSON with snake_case keys, or 204 with no body. */
public final class Responses {
    private Responses() {}

    public static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.writeBytes(body));
    }

    public static void noContent(Context ctx) {
        ctx.status(204);
    }
}
