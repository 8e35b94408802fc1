package dev.quire.http;

import dev.quire.tenancy.Scope;
import io.javalin.http.Context;

/** The project scope the auth filter resolved for this request. */
public final class RequestScope {
    static final String ATTRIBUTE = "quire.scope";

    private RequestScope() {}

    public static Scope of(Context ctx) {
        Scope scope = ctx.attribute(ATTRIBUTE);
        if (scope == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind the auth filter");
        }
        return scope;
    }

    /** The scope of a request to a servlet mounted with {@link HttpServer#mount} (set by its filter). */
    public static Scope of(jakarta.servlet.http.HttpServletRequest req) {
        if (req.getAttribute(ATTRIBUTE) instanceof Scope scope) {
            return scope;
        }
        throw new IllegalStateException("servlet " + req.getRequestURI() + " is not behind the auth filter");
    }

    /** The request id of such a request. */
    public static String requestId(jakarta.servlet.http.HttpServletRequest req) {
        return String.valueOf(req.getAttribute(HttpServer.REQUEST_ID));
    }

    /** The trace context of such a request (its server span), for work continued on other threads. */
    public static io.opentelemetry.context.Context traceContext(jakarta.servlet.http.HttpServletRequest req) {
        return io.opentelemetry.context.Context.root().with(ServerSpans.of(req));
    }
}
