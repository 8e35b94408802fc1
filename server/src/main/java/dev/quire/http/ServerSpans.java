package dev.quire.http;

import dev.quire.telemetry.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The server span of each request: started (and made current, so the services' spans become its
 * children) when the request comes in, named after its route template and ended once it is answered.
 */
final class ServerSpans {
    private static final String SPAN = "quire.span";
    private static final String SCOPE = "quire.span.scope";

    private ServerSpans() {}

    static void start(HttpServletRequest req, Tracer tracer, String method, String requestId) {
        Span span = tracer.spanBuilder(method).setNoParent().setSpanKind(SpanKind.SERVER)
                .setAttribute(Tracing.REQUEST_ID, requestId)
                .setAttribute("http.request.method", method).startSpan();
        req.setAttribute(SPAN, span);
        req.setAttribute(SCOPE, span.makeCurrent());
    }

    /** The request's span, for work that continues on other threads (none when tracing is off). */
    static Span of(HttpServletRequest req) {
        Object span = req.getAttribute(SPAN);
        return span instanceof Span s ? s : Span.getInvalid();
    }

    static void end(HttpServletRequest req, String name, int status) {
        if (req.getAttribute(SCOPE) instanceof Scope scope) {
            req.removeAttribute(SCOPE);
            scope.close();
        }
        if (req.getAttribute(SPAN) instanceof Span span) {
            req.removeAttribute(SPAN);
            span.updateName(name);
            span.setAttribute("http.route", name.substring(name.indexOf(' ') + 1));
            span.setAttribute("http.response.status_code", status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        }
    }
}
