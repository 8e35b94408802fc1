package com.llamacloud_prod.api.models.beta.chat;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A whole chat turn, read to its end: every streamed event in order, deltas included.
 *
 * <pre>{@code
 * ChatStreamResponse turn = client.beta().chat().stream(sessionId, params);
 * System.out.println(turn.text());
 * turn.stop().ifPresent(stop -> System.out.println(stop.usage().durationMs()));
 * }</pre>
 *
 * <p>The official SDK types this response as an empty object; Quire parses the event stream
 * instead. To handle events as they arrive use {@code ChatService.streamEvents} or a listener.
 */
public final class ChatStreamResponse {

    private final List<ChatEvent> events;

    private ChatStreamResponse(List<ChatEvent> events) {
        this.events = List.copyOf(events);
    }

    public static ChatStreamResponse of(List<ChatEvent> events) {
        return new ChatStreamResponse(events);
    }

    /** Every event of the turn in stream order, from {@code user_input} to {@code stop}. */
    public List<ChatEvent> events() {
        return events;
    }

    /** The turn's final {@code stop} event; empty if the stream ended early. */
    public Optional<ChatEvent.Stop> stop() {
        return events.isEmpty() ? Optional.empty() : events.get(events.size() - 1).stop();
    }

    /** The answer: the contents of the turn's {@code text} events, joined. */
    public String text() {
        return events.stream().flatMap(e -> e.text().stream()).map(ChatEvent.Text::content)
                .collect(Collectors.joining());
    }

    /** Always empty; kept for parity with the official SDK's untyped response. */
    public Map<String, JsonValue> _additionalProperties() {
        return Map.of();
    }

    /** @throws LlamaCloudInvalidDataException if the stream ended without a {@code stop} */
    public ChatStreamResponse validate() {
        stop().orElseThrow(() -> new LlamaCloudInvalidDataException("the event stream ended without a stop event"));
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatStreamResponse && events.equals(((ChatStreamResponse) o).events);
    }

    @Override
    public int hashCode() {
        return events.hashCode();
    }

    @Override
    public String toString() {
        return "ChatStreamResponse{events=" + events + "}";
    }
}
