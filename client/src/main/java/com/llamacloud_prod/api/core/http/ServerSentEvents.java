package com.llamacloud_prod.api.core.http;

import java.io.IOException;
import java.util.Optional;
import okio.BufferedSource;

/**
 * Reads Server-Sent Events from a response body one line at a time, as they arrive.
 *
 * <pre>{@code
 * ServerSentEvents sse = new ServerSentEvents(response.body().source());
 * for (Optional<ServerSentEvents.Event> e = sse.next(); e.isPresent(); e = sse.next()) {
 *     handle(e.get().name(), e.get().data());
 * }
 * }</pre>
 *
 * <p>Follows the SSE framing rules: comment lines ({@code :}) are skipped, {@code data:} lines
 * are joined with {@code \n}, one space after the colon is dropped, unknown fields ({@code id},
 * {@code retry}, ...) are ignored, and an event without a terminating blank line is discarded.
 * SDK-internal.
 */
public final class ServerSentEvents {

    /** One dispatched event; {@code name} is {@code "message"} when no {@code event:} was sent. */
    public record Event(String name, String data) {}

    private final BufferedSource source;

    public ServerSentEvents(BufferedSource source) {
        this.source = source;
    }

    /** The next event, or empty at the end of the stream. */
    public Optional<Event> next() throws IOException {
        String name = null;
        StringBuilder data = null;
        for (String line = source.readUtf8Line(); line != null; line = source.readUtf8Line()) {
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(new Event(name == null || name.isEmpty() ? "message" : name, data.toString()));
                }
                name = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(line.startsWith(" ", colon + 1) ? colon + 2 : colon + 1);
            if (field.equals("event")) {
                name = value;
            } else if (field.equals("data")) {
                data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            }
        }
        return Optional.empty();
    }
}
