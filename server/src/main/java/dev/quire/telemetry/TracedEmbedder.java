package dev.quire.telemetry;

import dev.quire.ingest.Embedder;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.function.Supplier;

/** Every embedder call as an {@code embed} span and in the embedder metrics. */
public final class TracedEmbedder implements Embedder {
    private final Embedder delegate;
    private final Tracer tracer;
    private final Metrics metrics;

    public TracedEmbedder(Embedder delegate, Tracer tracer, Metrics metrics) {
        this.delegate = delegate;
        this.tracer = tracer;
        this.metrics = metrics;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return measure("embed", texts.size(), false, () -> delegate.embedAll(texts));
    }

    @Override
    public float[] embedQuery(String query) {
        return measure("embed query", 1, true, () -> delegate.embedQuery(query));
    }

    private <T> T measure(String name, int texts, boolean query, Supplier<T> call) {
        Span span = tracer.spanBuilder(name).setAttribute("quire.embed.texts", texts)
                .setAttribute("quire.embed.model", delegate.modelName()).startSpan();
        long started = System.nanoTime();
        try (Scope ignored = span.makeCurrent()) {
            T result = call.get();
            metrics.embedded(delegate.modelName(), texts, query, System.nanoTime() - started);
            return result;
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
