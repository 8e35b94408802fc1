package com.llamacloud_prod.api.models.beta.chat;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.llamacloud_prod.api.core.Json;
import com.llamacloud_prod.api.core.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A full chat session including its complete event history.
 *
 * <pre>{@code
 * ChatRetrieveResponse session = client.beta().chat().retrieve("ses-123");
 * long answers = session.events().stream().filter(e -> e.isText()).count();
 * }</pre>
 *
 * <p>Fields are read lazily from the response JSON: unknown keys are kept in
 * {@link #_additionalProperties()}, and a field of unexpected type only fails its own accessor
 * (with {@link com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException}).
 */
public final class ChatRetrieveResponse {

    private static final Set<String> KNOWN_KEYS =
            Set.of("events", "last_updated_at", "session_id", "generated_title", "index_ids", "job_metadata");

    private final ObjectNode json;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    private ChatRetrieveResponse(JsonNode json) {
        this.json = Json.object(json);
    }

    /** The conversation history in order: the message events of every turn. */
    public List<Event> events() {
        return Json.requiredList(json, "events", Event::new);
    }

    /** ISO-format timestamp of the last update, as sent (may lack an offset; then it is UTC). */
    public String lastUpdatedAt() {
        return Json.requiredString(json, "last_updated_at");
    }

    /** Unique session identifier, e.g. {@code ses-...}. */
    public String sessionId() {
        return Json.requiredString(json, "session_id");
    }

    /** Auto-generated title derived from the first user message; empty before it. */
    public Optional<String> generatedTitle() {
        return Json.optionalString(json, "generated_title");
    }

    /** Indexes this session is bound to; empty for unbound sessions. */
    public Optional<List<String>> indexIds() {
        return Json.optionalStringList(json, "index_ids");
    }

    /** Token usage and status of the most recent run; empty before the first run. */
    public Optional<JobMetadata> jobMetadata() {
        return Json.optionalObject(json, "job_metadata").map(JobMetadata::new);
    }

    /** Keys of the response this SDK version does not know. */
    public Map<String, JsonValue> _additionalProperties() {
        return Json.additionalProperties(json, KNOWN_KEYS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChatRetrieveResponse && json.equals(((ChatRetrieveResponse) o).json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return "ChatRetrieveResponse" + json;
    }

    /** Token usage and status from the most recent run. */
    public static final class JobMetadata {

        private static final Set<String> KNOWN_KEYS = Set.of("duration_ms", "error", "export_config_ids",
                "is_error", "total_input_tokens", "total_output_tokens", "turns");

        private final ObjectNode json;

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        private JobMetadata(JsonNode json) {
            this.json = Json.object(json);
        }

        /** Wall time of the run in milliseconds. */
        public Optional<Double> durationMs() {
            return Json.optionalDouble(json, "duration_ms");
        }

        /** Error message of a failed run. */
        public Optional<String> error() {
            return Json.optionalString(json, "error");
        }

        /** Export configs (one per index) the run queried. */
        public Optional<List<String>> exportConfigIds() {
            return Json.optionalStringList(json, "export_config_ids");
        }

        public Optional<Boolean> isError() {
            return Json.optionalBoolean(json, "is_error");
        }

        /** LLM input tokens summed over the run; empty if the model does not report them. */
        public Optional<Long> totalInputTokens() {
            return Json.optionalLong(json, "total_input_tokens");
        }

        public Optional<Long> totalOutputTokens() {
            return Json.optionalLong(json, "total_output_tokens");
        }

        /** Number of LLM calls (agent iterations) in the run. */
        public Optional<Long> turns() {
            return Json.optionalLong(json, "turns");
        }

        public Map<String, JsonValue> _additionalProperties() {
            return Json.additionalProperties(json, KNOWN_KEYS);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof JobMetadata && json.equals(((JobMetadata) o).json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return "JobMetadata" + json;
        }
    }

    /**
     * One event of the history: {@code user_input}, {@code thinking}, {@code text},
     * {@code tool_call}, {@code tool_result}, {@code stop} (or a delta). Exposed as raw JSON for
     * now; unknown types are kept, never rejected.
     */
    public static final class Event {

        private final JsonNode json;

        private Event(JsonNode json) {
            this.json = json;
        }

        /** The event as sent, e.g. {@code {"type":"text","content":"..."}}. */
        public Optional<JsonValue> _json() {
            return Optional.of(JsonValue.from(json));
        }

        public boolean isThinkingDelta() {
            return isType("thinking_delta");
        }

        public boolean isTextDelta() {
            return isType("text_delta");
        }

        public boolean isThinking() {
            return isType("thinking");
        }

        public boolean isText() {
            return isType("text");
        }

        public boolean isToolCall() {
            return isType("tool_call");
        }

        public boolean isToolResult() {
            return isType("tool_result");
        }

        public boolean isStop() {
            return isType("stop");
        }

        public boolean isUserInput() {
            return isType("user_input");
        }

        private boolean isType(String type) {
            return type.equals(json.path("type").asText(null));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Event && json.equals(((Event) o).json);
        }

        @Override
        public int hashCode() {
            return json.hashCode();
        }

        @Override
        public String toString() {
            return "Event" + json;
        }
    }
}
