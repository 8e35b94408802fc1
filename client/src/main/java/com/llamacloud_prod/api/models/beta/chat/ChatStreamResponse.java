package com.llamacloud_prod.api.models.beta.chat;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * <p>The official SDK types this response as an empty object with additional properties and a
 * builder; this class keeps that API ({@code builder()}, {@code toBuilder()},
 * {@code _additionalProperties()}, {@code validate()}, JSON round trip) and adds the parsed events.
 * A response built empty (as the official SDK's tests build it) validates, so that code written
 * for the official SDK keeps working; one read from a stream is checked for its {@code stop}.
 * To handle events as they arrive use {@code ChatService.streamEvents} or a listener.
 */
@JsonAutoDetect(getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE,
        setterVisibility = JsonAutoDetect.Visibility.NONE, fieldVisibility = JsonAutoDetect.Visibility.NONE)
public final class ChatStreamResponse {

    private final List<ChatEvent> events;
    private final Map<String, JsonValue> additionalProperties;

    private ChatStreamResponse(List<ChatEvent> events, Map<String, JsonValue> additionalProperties) {
        this.events = List.copyOf(events);
        this.additionalProperties = Collections.unmodifiableMap(new LinkedHashMap<>(additionalProperties));
    }

    /** Reads the JSON form: {@code events} and any other field (kept as an additional property). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ChatStreamResponse fromJson(Map<String, JsonNode> fields) {
        Builder builder = builder();
        fields.forEach((name, node) -> {
            if (name.equals("events") && node.isArray()) {
                builder.events(ObjectMappers.jsonMapper().convertValue(node, new TypeReference<List<ChatEvent>>() {}));
            } else if (name.equals("events") && node.isNull()) {
                builder.events(List.of());
            } else {
                builder.putAdditionalProperty(name, JsonValue.fromJsonNode(node));
            }
        });
        return builder.build();
    }

    public static ChatStreamResponse of(List<ChatEvent> events) {
        return new ChatStreamResponse(events, Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().events(events).additionalProperties(additionalProperties);
    }

    /** Every event of the turn in stream order, from {@code user_input} to {@code stop}. */
    @JsonProperty("events")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public List<ChatEvent> events() {
        return events;
    }

    /** The turn's final {@code stop} event; empty if the stream ended early or nothing was read. */
    public Optional<ChatEvent.Stop> stop() {
        return events.isEmpty() ? Optional.empty() : events.get(events.size() - 1).stop();
    }

    /** The answer: the contents of the turn's {@code text} events, joined. */
    public String text() {
        return events.stream().flatMap(e -> e.text().stream()).map(ChatEvent.Text::content)
                .collect(Collectors.joining());
    }

    @JsonAnyGetter
    public Map<String, JsonValue> _additionalProperties() {
        return additionalProperties;
    }

    /**
     * Checks the events read: a turn that has events must end with its {@code stop} event (a
     * stream cut short fails here). An empty response (built, or from an empty answer) is valid,
     * as in the official SDK, whose response is an empty object.
     *
     * @throws LlamaCloudInvalidDataException if the events do not end with a {@code stop}
     */
    public ChatStreamResponse validate() {
        if (!events.isEmpty()) {
            stop().orElseThrow(() -> new LlamaCloudInvalidDataException("the event stream ended without a stop event"));
            events.forEach(ChatEvent::validate);
        }
        return this;
    }

    /** Whether {@link #validate} passes. */
    public boolean isValid() {
        try {
            validate();
            return true;
        } catch (LlamaCloudInvalidDataException e) {
            return false;
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatStreamResponse other && events.equals(other.events)
                && additionalProperties.equals(other.additionalProperties);
    }

    @Override
    public int hashCode() {
        return Objects.hash(events, additionalProperties);
    }

    @Override
    public String toString() {
        return "ChatStreamResponse{events=" + events + ", additionalProperties=" + additionalProperties + "}";
    }

    /** Builds a {@link ChatStreamResponse}; every field is optional. */
    public static final class Builder {
        private final List<ChatEvent> events = new ArrayList<>();
        private final Map<String, JsonValue> additionalProperties = new HashMap<>();

        private Builder() {}

        public Builder events(List<ChatEvent> events) {
            this.events.clear();
            this.events.addAll(events);
            return this;
        }

        public Builder addEvent(ChatEvent event) {
            events.add(event);
            return this;
        }

        public Builder additionalProperties(Map<String, JsonValue> additionalProperties) {
            this.additionalProperties.clear();
            putAllAdditionalProperties(additionalProperties);
            return this;
        }

        public Builder putAdditionalProperty(String key, JsonValue value) {
            additionalProperties.put(key, value);
            return this;
        }

        public Builder putAllAdditionalProperties(Map<String, JsonValue> additionalProperties) {
            this.additionalProperties.putAll(additionalProperties);
            return this;
        }

        public Builder removeAdditionalProperty(String key) {
            additionalProperties.remove(key);
            return this;
        }

        public Builder removeAllAdditionalProperties(java.util.Set<String> keys) {
            keys.forEach(additionalProperties::remove);
            return this;
        }

        public ChatStreamResponse build() {
            return new ChatStreamResponse(events, additionalProperties);
        }
    }
}
