package com.llamacloud_prod.api.models.beta.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One event of a chat turn, as streamed by {@code POST /api/v1/chat/{id}/messages/stream} and as
 * kept in the session history ({@link ChatRetrieveResponse#events()}): a union of
 * {@code user_input}, {@code thinking_delta}, {@code thinking}, {@code text_delta}, {@code text},
 * {@code tool_call}, {@code tool_result} and {@code stop}, dispatched on the JSON {@code type}.
 *
 * <pre>{@code
 * for (ChatEvent event : session.events()) {
 *     event.text().ifPresent(text -> System.out.println(text.content()));
 *     event.stop().ifPresent(stop -> System.out.println(stop.usage().turns()));
 * }
 * }</pre>
 *
 * <p>An event of a type this SDK does not know is kept, not rejected: {@link #isUnknown()} is
 * true and {@link #_json()} holds it. Unknown keys end up in each variant's
 * {@code _additionalProperties()}. Named {@code ChatRetrieveResponse.Event} in the official SDK;
 * Quire uses one top-level class so that streamed and stored events share a type.
 */
public final class ChatEvent {

    private static final Set<String> KNOWN_TYPES = Set.of("user_input", "thinking_delta", "thinking",
            "text_delta", "text", "tool_call", "tool_result", "stop");

    private final ObjectNode json;
    private final String type;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ChatEvent(JsonNode json) {
        this.json = Json.object(json);
        JsonNode type = this.json.get("type");
        this.type = type != null && type.isTextual() ? type.textValue() : null;
    }

    /** Reads an event from its JSON object, e.g. one SSE {@code data:} line. */
    public static ChatEvent fromJson(JsonNode json) {
        return new ChatEvent(json);
    }

    /** The event's {@code type}, also for unknown events; empty if it has none. */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** The event as sent, e.g. {@code {"type":"text","content":"..."}}. */
    public Optional<JsonValue> _json() {
        return Optional.of(JsonValue.from(json));
    }

    /** True for a {@code type} this SDK version does not know (or an event without one). */
    public boolean isUnknown() {
        return type == null || !KNOWN_TYPES.contains(type);
    }

    public boolean isUserInput() {
        return "user_input".equals(type);
    }

    public boolean isThinkingDelta() {
        return "thinking_delta".equals(type);
    }

    public boolean isThinking() {
        return "thinking".equals(type);
    }

    public boolean isTextDelta() {
        return "text_delta".equals(type);
    }

    public boolean isText() {
        return "text".equals(type);
    }

    public boolean isToolCall() {
        return "tool_call".equals(type);
    }

    public boolean isToolResult() {
        return "tool_result".equals(type);
    }

    public boolean isStop() {
        return "stop".equals(type);
    }

    public Optional<UserInput> userInput() {
        return isUserInput() ? Optional.of(new UserInput(json)) : Optional.empty();
    }

    public Optional<ThinkingDelta> thinkingDelta() {
        return isThinkingDelta() ? Optional.of(new ThinkingDelta(json)) : Optional.empty();
    }

    public Optional<Thinking> thinking() {
        return isThinking() ? Optional.of(new Thinking(json)) : Optional.empty();
    }

    public Optional<TextDelta> textDelta() {
        return isTextDelta() ? Optional.of(new TextDelta(json)) : Optional.empty();
    }

    public Optional<Text> text() {
        return isText() ? Optional.of(new Text(json)) : Optional.empty();
    }

    public Optional<ToolCall> toolCall() {
        return isToolCall() ? Optional.of(new ToolCall(json)) : Optional.empty();
    }

    public Optional<ToolResult> toolResult() {
        return isToolResult() ? Optional.of(new ToolResult(json)) : Optional.empty();
    }

    public Optional<Stop> stop() {
        return isStop() ? Optional.of(new Stop(json)) : Optional.empty();
    }

    /** @throws LlamaCloudInvalidDataException if this is not a {@code user_input} event */
    public UserInput asUserInput() {
        return userInput().orElseThrow(() -> notA("user_input"));
    }

    public ThinkingDelta asThinkingDelta() {
        return thinkingDelta().orElseThrow(() -> notA("thinking_delta"));
    }

    public Thinking asThinking() {
        return thinking().orElseThrow(() -> notA("thinking"));
    }

    public TextDelta asTextDelta() {
        return textDelta().orElseThrow(() -> notA("text_delta"));
    }

    public Text asText() {
        return text().orElseThrow(() -> notA("text"));
    }

    public ToolCall asToolCall() {
        return toolCall().orElseThrow(() -> notA("tool_call"));
    }

    public ToolResult asToolResult() {
        return toolResult().orElseThrow(() -> notA("tool_result"));
    }

    public Stop asStop() {
        return stop().orElseThrow(() -> notA("stop"));
    }

    private LlamaCloudInvalidDataException notA(String expected) {
        return new LlamaCloudInvalidDataException("not a " + expected + " event: " + json);
    }

    /** Maps this event's variant with {@code visitor}; unknown types go to {@link Visitor#unknown}. */
    public <T> T accept(Visitor<T> visitor) {
        switch (isUnknown() ? "" : type) {
            case "user_input": return visitor.visitUserInput(new UserInput(json));
            case "thinking_delta": return visitor.visitThinkingDelta(new ThinkingDelta(json));
            case "thinking": return visitor.visitThinking(new Thinking(json));
            case "text_delta": return visitor.visitTextDelta(new TextDelta(json));
            case "text": return visitor.visitText(new Text(json));
            case "tool_call": return visitor.visitToolCall(new ToolCall(json));
            case "tool_result": return visitor.visitToolResult(new ToolResult(json));
            case "stop": return visitor.visitStop(new Stop(json));
            default: return visitor.unknown(JsonValue.from(json));
        }
    }

    /** A function over the variants of {@link ChatEvent}. */
    public interface Visitor<T> {
        T visitStop(Stop stop);

        T visitTextDelta(TextDelta textDelta);

        T visitText(Text text);

        T visitThinkingDelta(ThinkingDelta thinkingDelta);

        T visitThinking(Thinking thinking);

        T visitToolCall(ToolCall toolCall);

        T visitToolResult(ToolResult toolResult);

        T visitUserInput(UserInput userInput);

        /** An event type this SDK does not know; override to tolerate newer servers. */
        default T unknown(JsonValue json) {
            throw new LlamaCloudInvalidDataException("Unknown ChatEvent: " + json);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatEvent && json.equals(((ChatEvent) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ChatEvent" + json;
    }

    /**
     * What every variant shares: the event's JSON object, equality by value on it, and the keys its
     * accessors do not name.
     */
    abstract static class Variant {
        final ObjectNode json;
        private final Set<String> knownKeys;

        Variant(ObjectNode json, Set<String> knownKeys) {
            this.json = json;
            this.knownKeys = knownKeys;
        }

        public Map<String, JsonValue> _additionalProperties() {
            return Json.additionalProperties(json, knownKeys);
        }

        @Override
        public boolean equals(Object o) {
            return o != null && o.getClass() == getClass() && json.equals(((Variant) o).json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + json;
        }
    }

    private static final Set<String> CONTENT_KEYS = Set.of("type", "content");

    /** The user's prompt; the first event of every turn. */
    public static final class UserInput extends Variant {
        private UserInput(ObjectNode json) {
            super(json, CONTENT_KEYS);
        }

        public String content() {
            return Json.requiredString(json, "content");
        }
    }

    /** A chunk of model reasoning (stream only). */
    public static final class ThinkingDelta extends Variant {
        private ThinkingDelta(ObjectNode json) {
            super(json, CONTENT_KEYS);
        }

        public String content() {
            return Json.requiredString(json, "content");
        }
    }

    /** A complete reasoning block, after its deltas. */
    public static final class Thinking extends Variant {
        private Thinking(ObjectNode json) {
            super(json, CONTENT_KEYS);
        }

        public String content() {
            return Json.requiredString(json, "content");
        }
    }

    /** A chunk of answer text (stream only). */
    public static final class TextDelta extends Variant {
        private TextDelta(ObjectNode json) {
            super(json, CONTENT_KEYS);
        }

        public String content() {
            return Json.requiredString(json, "content");
        }
    }

    /** A complete answer text block, equal to the concatenation of its deltas. */
    public static final class Text extends Variant {
        private Text(ObjectNode json) {
            super(json, CONTENT_KEYS);
        }

        public String content() {
            return Json.requiredString(json, "content");
        }
    }

    /** The agent invokes a tool, e.g. {@code retrieve}. */
    public static final class ToolCall extends Variant {
        private static final Set<String> KEYS = Set.of("type", "call_id", "name", "arguments");
        private ToolCall(ObjectNode json) {
            super(json, KEYS);
        }

        public String callId() {
            return Json.requiredString(json, "call_id");
        }

        public String name() {
            return Json.requiredString(json, "name");
        }

        /** The tool's arguments, e.g. {@code {"query": ..., "top_k": 8}}. */
        public Map<String, JsonValue> arguments() {
            return Json.optionalMap(json, "arguments")
                    .orElseThrow(() -> new LlamaCloudInvalidDataException("`arguments` is not present"));
        }
    }

    /** The result of the {@link ToolCall} with the same {@code call_id}. */
    public static final class ToolResult extends Variant {
        private static final Set<String> KEYS = Set.of("type", "call_id", "name", "result", "image_attachment");
        private ToolResult(ObjectNode json) {
            super(json, KEYS);
        }

        public String callId() {
            return Json.requiredString(json, "call_id");
        }

        public String name() {
            return Json.requiredString(json, "name");
        }

        /** Any JSON; convert with {@code _result().convert(MyType.class)}. */
        public JsonValue _result() {
            JsonNode result = json.get("result");
            return result == null ? JsonValue.missing() : JsonValue.from(result);
        }

        /** A page screenshot to resolve lazily via the attachments API; empty if none. */
        public Optional<ImageAttachment> imageAttachment() {
            return Json.optionalObject(json, "image_attachment").map(ImageAttachment::new);
        }


        /** Coordinates of a page screenshot: {@code attachments().get(attachmentName, sourceId)}. */
        public static final class ImageAttachment extends Variant {
            private static final Set<String> KEYS = Set.of("attachment_name", "source_id");
            private ImageAttachment(ObjectNode json) {
                super(json, KEYS);
            }

            public String attachmentName() {
                return Json.requiredString(json, "attachment_name");
            }

            public String sourceId() {
                return Json.requiredString(json, "source_id");
            }
        }
    }

    /** The last event of every turn: outcome and usage of the run. */
    public static final class Stop extends Variant {
        private static final Set<String> KEYS = Set.of("type", "is_error", "error", "usage", "skipped_index_ids");
        private Stop(ObjectNode json) {
            super(json, KEYS);
        }

        public boolean isError() {
            return Json.optionalBoolean(json, "is_error")
                    .orElseThrow(() -> new LlamaCloudInvalidDataException("`is_error` is not present"));
        }

        /** The failure message of a failed run; empty on success. */
        public Optional<String> error() {
            return Json.optionalString(json, "error");
        }

        public Usage usage() {
            return Json.optionalObject(json, "usage").map(Usage::new)
                    .orElseThrow(() -> new LlamaCloudInvalidDataException("`usage` is not present"));
        }

        /** Requested indexes that could not be queried; empty if none or not sent. */
        public Optional<List<String>> skippedIndexIds() {
            return Json.optionalStringList(json, "skipped_index_ids");
        }


        /** Token usage and duration of the run; the session's job metadata copies it. */
        public static final class Usage extends Variant {
            private static final Set<String> KEYS =
                    Set.of("duration_ms", "total_input_tokens", "total_output_tokens", "turns");
            private Usage(ObjectNode json) {
                super(json, KEYS);
            }

            public Optional<Double> durationMs() {
                return Json.optionalDouble(json, "duration_ms");
            }

            /** Empty when the model backend does not report token counts. */
            public Optional<Long> totalInputTokens() {
                return Json.optionalLong(json, "total_input_tokens");
            }

            public Optional<Long> totalOutputTokens() {
                return Json.optionalLong(json, "total_output_tokens");
            }

            /** Number of LLM calls in the run. */
            public Optional<Long> turns() {
                return Json.optionalLong(json, "turns");
            }
        }
    }
}
