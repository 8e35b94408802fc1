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
        ctx.status(status).contentType("application/json").result(Json.writeBytes(signed(ctx, body)));
    }

    /** A page's next token leaves the server signed (see {@link PageTokenSigner}). */
    private static Object signed(Context ctx, Object body) {
        PageTokenSigner signer = ctx.attribute(PageTokenSigner.ATTRIBUTE);
        if (body instanceof Page<?> page && page.nextPageToken() != null && signer != null) {
            return new Page<>(page.items(), signer.sign(page.nextPageToken()), page.totalSize());
        }
        return body;
    }

    public static void noContent(Context ctx) {
        ctx.status(204);
    }
}
