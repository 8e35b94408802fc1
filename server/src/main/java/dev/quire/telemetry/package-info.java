/**
 * Metrics (Micrometer, scraped as Prometheus text at GET /metrics) and traces (OpenTelemetry, exported
 * over OTLP when configured). Features receive the small {@link dev.quire.telemetry.Metrics} interface
 * and an OpenTelemetry {@code Tracer}; nothing here is static, and no label carries an id or user text.
 */
package dev.quire.telemetry;
