package com.llamacloud_prod.api.core.http;

import com.llamacloud_prod.api.errors.LlamaCloudIoException;
import java.io.IOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.Response;

/**
 * A {@link StreamResponse} over an open {@code text/event-stream} response: each SSE event is
 * mapped to an item, or skipped when the mapper returns empty. Reading stops at the end of the
 * body; the response is closed then, on {@link #close()}, or when reading fails.
 *
 * <pre>{@code
 * StreamResponse<JsonNode> items = new SseStreamResponse<>(response, e -> Optional.of(parse(e.data())));
 * }</pre>
 *
 * <p>SDK-internal. Not thread-safe: iterate from one thread (closing from another is allowed).
 */
public final class SseStreamResponse<T> implements StreamResponse<T> {

    private final Response response;
    private final ServerSentEvents events;
    private final Function<ServerSentEvents.Event, Optional<T>> mapper;
    private boolean iterated;

    public SseStreamResponse(Response response, Function<ServerSentEvents.Event, Optional<T>> mapper) {
        this.response = response;
        this.events = new ServerSentEvents(response.body().source());
        this.mapper = mapper;
    }

    @Override
    public Iterator<T> iterator() {
        if (iterated) {
            throw new IllegalStateException("a stream response can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            private T next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    Optional<ServerSentEvents.Event> event = read();
                    if (event.isEmpty()) {
                        done = true;
                        close();
                    } else {
                        next = map(event.get());
                    }
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = next;
                next = null;
                return item;
            }
        };
    }

    private Optional<ServerSentEvents.Event> read() {
        try {
            return events.next();
        } catch (IOException e) {
            close();
            throw new LlamaCloudIoException("Reading the event stream failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private T map(ServerSentEvents.Event event) {
        try {
            return mapper.apply(event).orElse(null);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() {
        response.close();
    }
}
