package dev.quire.chat.model;

import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP exchange read as events (status and headers, then body lines, then the end) by the
 * calling thread, each wait bounded. java.net.http only times out until the headers arrive; this is
 * how idle and whole-stream timeouts are enforced, and closing cancels the exchange at any point.
 */
final class LineStream implements AutoCloseable {
    sealed interface Event {}

    record Head(int status, HttpHeaders headers) implements Event {}

    record Line(String text) implements Event {}

    record End() implements Event {}

    record Failed(Throwable error) implements Event {}

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Void>> exchange;
    private Flow.Subscription subscription;
    private boolean closed;

    private LineStream(HttpClient http, HttpRequest request) {
        this.exchange = http.sendAsync(request, info -> {
            events.add(new Head(info.statusCode(), info.headers()));
            return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
        });
        exchange.whenComplete((response, error) -> {
            if (error != null) {
                events.add(new Failed(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error));
            }
        });
    }

    static LineStream open(HttpClient http, HttpRequest request) {
        return new LineStream(http, request);
    }

    /** The next event, or empty when none came within {@code wait}. */
    Optional<Event> next(Duration wait) throws InterruptedException {
        return Optional.ofNullable(events.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS));
    }

    /** Drops the connection unless the exchange already finished; safe to call from any thread, repeatedly. */
    @Override
    public void close() {
        Flow.Subscription current;
        synchronized (this) {
            closed = true;
            current = subscription;
        }
        if (current != null) {
            current.cancel();
        }
        exchange.cancel(true);
    }

    private final class Lines implements Flow.Subscriber<String> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            boolean cancelled;
            synchronized (LineStream.this) {
                subscription = s;
                cancelled = closed;
            }
            if (cancelled) {
                s.cancel();
            } else {
                s.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            events.add(new Line(line));
        }

        @Override
        public void onError(Throwable error) {
            events.add(new Failed(error));
        }

        @Override
        public void onComplete() {
            events.add(new End());
        }
    }
}
