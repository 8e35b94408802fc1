package dev.quire.telemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * OpenTelemetry traces: off (a no-op tracer, nearly free) unless an OTLP endpoint is configured, then
 * exported in batches over OTLP/HTTP protobuf. Owned by {@code Main}; never the global OpenTelemetry.
 */
public final class Tracing implements AutoCloseable {
    /** The request id every server span of a request carries, as in the x-request-id header and logs. */
    public static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("quire.request_id");

    private final Tracer tracer;
    private final Optional<SdkTracerProvider> provider;

    private Tracing(Tracer tracer, Optional<SdkTracerProvider> provider) {
        this.tracer = tracer;
        this.provider = provider;
    }

    /** No spans are recorded or sent. */
    public static Tracing off() {
        return new Tracing(OpenTelemetry.noop().getTracer("quire"), Optional.empty());
    }

    /**
     * Spans of service {@code serviceName} exported to {@code tracesUrl} (the full URL, ending in
     * {@code /v1/traces}), batched with at most {@code exportDelay} between exports.
     */
    public static Tracing otlp(String tracesUrl, String serviceName, String version, Duration exportDelay) {
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault().merge(Resource.create(Attributes.of(
                        AttributeKey.stringKey("service.name"), serviceName,
                        AttributeKey.stringKey("service.version"), version))))
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder().setEndpoint(tracesUrl).build())
                        .setScheduleDelay(exportDelay).build())
                .build();
        OpenTelemetry otel = OpenTelemetrySdk.builder().setTracerProvider(provider).build();
        return new Tracing(otel.getTracer("dev.quire", version), Optional.of(provider));
    }

    public Tracer tracer() {
        return tracer;
    }

    public boolean enabled() {
        return provider.isPresent();
    }

    /** Runs {@code work} in a child span of the current one; an exception marks the span as failed. */
    public static <T> T span(Tracer tracer, String name, Supplier<T> work) {
        Span span = tracer.spanBuilder(name).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            return work.get();
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }

    /** An executor whose tasks run in the trace context of the code that submitted them. */
    public static ExecutorService propagating(ExecutorService executor) {
        return Context.taskWrapping(executor);
    }

    /** Sends what is buffered and stops; waits at most 5 s. */
    @Override
    public void close() {
        provider.ifPresent(p -> p.shutdown().join(5, TimeUnit.SECONDS));
    }
}
