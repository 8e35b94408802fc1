package dev.quire.telemetry;

import dev.quire.chat.model.ChatModel;
import dev.quire.chat.model.ModelListener;
import dev.quire.chat.model.ModelReply;
import dev.quire.chat.model.ModelRequest;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;

/** Every model call of the chat agent as a {@code model call} span. */
public final class TracedChatModel implements ChatModel {
    private final ChatModel delegate;
    private final Tracer tracer;
    private final String backend;

    public TracedChatModel(ChatModel delegate, Tracer tracer, String backend) {
        this.delegate = delegate;
        this.tracer = tracer;
        this.backend = backend;
    }

    @Override
    public ModelReply complete(ModelRequest request, ModelListener listener) {
        Span span = tracer.spanBuilder("model call").setAttribute("gen_ai.system", backend).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return delegate.complete(request, listener);
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
