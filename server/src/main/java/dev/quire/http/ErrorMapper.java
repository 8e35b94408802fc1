package dev.quire.http;

import dev.quire.common.SafeErrors;
import dev.quire.errors.ApiException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.BadMessageException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become the API's error body, {@code {"detail": ...}}. */
final class ErrorMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {}

    static void api(ApiException e, Context ctx) {
        write(ctx, e.status(), e.detail());
        if (e.status() == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        if (e instanceof ApiException.TooBusy) {
            // LlamaCloud's generated clients retry 503s and honour Retry-After.
            ctx.header("Retry-After", "1");
        }
    }

    /** Javalin's own errors (unknown route, 405, body too large) in the same shape. */
    static void framework(HttpResponseException e, Context ctx) {
        String detail = switch (e.getStatus()) {
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Request body too large";
            default -> e.getMessage();
        };
        write(ctx, e.getStatus(), detail);
    }

    static void unexpected(Exception e, Context ctx) {
        Optional<BadMessageException> badMessage = cause(e, BadMessageException.class);
        if (badMessage.isPresent() && badMessage.get().getCode() < 500) {
            write(ctx, badMessage.get().getCode(), "Bad request");
            return;
        }
        if (cause(e, EofException.class).isPresent() || cause(e, java.io.EOFException.class).isPresent()) {
            // The client sent less than it announced (or went away): its fault, nothing to log.
            write(ctx, 400, "Request body ended before its declared length");
            return;
        }
        LOG.error("request {} {} failed [request_id={}]", ctx.method(), HttpServer.loggablePath(ctx.path()),
                ctx.attribute(HttpServer.REQUEST_ID), SafeErrors.loggable(e));
        write(ctx, 500, "Internal Server Error");
    }

    private static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    static void write(Context ctx, int status, Object detail) {
        if (status == 409) {
            ctx.header("x-should-retry", "false");
        }
        Responses.json(ctx, status, Map.of("detail", detail));
    }
}
