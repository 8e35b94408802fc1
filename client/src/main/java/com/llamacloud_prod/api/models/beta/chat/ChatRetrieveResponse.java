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
 * long answers = session.events().stream().filter(ChatEvent::isText).count();
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

    /**
     * The conversation history in order: the message events of every turn (deltas are not
     * stored, but tolerated); events of unknown types are kept ({@link ChatEvent#isUnknown()}).
     */
    public List<ChatEvent> events() {
        return Json.requiredList(json, "events", ChatEvent::fromJson);
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
}
