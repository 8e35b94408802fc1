package dev.quire.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * {@link Metrics} on a Micrometer Prometheus registry owned by this object (never the global one),
 * with the JVM and process binders. Latencies are timers with histogram buckets, so Prometheus can
 * compute quantiles across instances.
 */
public final class MicrometerMetrics implements Metrics, AutoCloseable {
    /**
     * Histogram bucket bounds of every latency: 14 fixed buckets rather than Micrometer's ~70 percentile
     * buckets, which would multiply each route's series for little gain at these scales.
     */
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public MicrometerMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** The Prometheus text exposition (version 0.0.4) of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    private Timer timer(String name, String description, String... tags) {
        return Timer.builder(name).description(description).tags(tags).serviceLevelObjectives(BUCKETS)
                .register(registry);
    }

    @Override
    public void httpRequest(String method, String routeTemplate, int status, long nanos) {
        timer("quire.http.server.requests", "HTTP requests by route template, method and status",
                "method", method, "route", routeTemplate, "status", Integer.toString(status))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void fileParsed() {
        Counter.builder("quire.files.parsed").description("Files parsed and chunked by syncs").register(registry)
                .increment();
    }

    @Override
    public void fileFailed(FailureKind reason) {
        Counter.builder("quire.files.failed").description("Files a sync could not index, by reason")
                .tag("reason", reason.label()).register(registry).increment();
    }

    @Override
    public void embedded(String model, int texts, boolean query, long nanos) {
        String input = query ? "query" : "chunk";
        timer("quire.embedder.calls", "Embedder calls, of chunks or a query", "input", input, "model", model)
                .record(nanos, TimeUnit.NANOSECONDS);
        Counter.builder("quire.embedder.texts").description("Texts embedded: chunks, or queries")
                .tag("input", input).tag("model", model).register(registry).increment(texts);
    }

    @Override
    public void retrieved(long nanos) {
        timer("quire.retrieve", "Retrievals over one index").record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void chatTurn(ChatTurn turn) {
        String outcome = turn.error() ? "error" : "ok";
        timer("quire.chat.turn.duration", "Chat turns, start to stop event", "outcome", outcome)
                .record(turn.durationNanos(), TimeUnit.NANOSECONDS);
        if (turn.firstByteNanos() >= 0) {
            timer("quire.chat.turn.first.text", "Time from a turn's start to its first answer text")
                    .record(turn.firstByteNanos(), TimeUnit.NANOSECONDS);
        }
        tokens("input", turn.inputTokens());
        tokens("output", turn.outputTokens());
    }

    private void tokens(String direction, Integer count) {
        if (count != null) {
            DistributionSummary.builder("quire.chat.turn.tokens").description("Model tokens per chat turn")
                    .baseUnit("tokens").tag("direction", direction).register(registry).record(count);
        }
    }

    @Override
    public void toolCall(String surface, String tool, boolean error, long nanos) {
        timer("quire.tool.calls", "Tool calls of the chat agent and the MCP server", "surface", surface,
                "tool", tool, "outcome", error ? "error" : "ok").record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void syncJobs(IntSupplier queued, IntSupplier running) {
        Gauge.builder("quire.sync.jobs", queued::getAsInt).description("Sync jobs by state").tag("state", "queued")
                .register(registry);
        Gauge.builder("quire.sync.jobs", running::getAsInt).description("Sync jobs by state").tag("state", "running")
                .register(registry);
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
