package com.llamacloud_prod.api.core.http;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Items of a streamed response, read from the network as they are consumed. Closing it closes
 * the HTTP response; iterate it once.
 *
 * <pre>{@code
 * try (StreamResponse<ChatEvent> events = client.beta().chat().streamEvents(params)) {
 *     for (ChatEvent event : events) {
 *         event.textDelta().ifPresent(d -> System.out.print(d.content()));
 *     }
 * }
 * }</pre>
 */
public interface StreamResponse<T> extends Iterable<T>, AutoCloseable {

    /** The remaining items as a sequential stream; closing the stream closes this response. */
    default Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** Releases the connection; safe to call more than once. */
    @Override
    void close();
}
