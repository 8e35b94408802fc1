package dev.quire.chat.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A message of the conversation sent to the model, shaped like Chat Completions messages:
 * system, user, assistant (text and/or tool calls) and tool (one tool call's result).
 */
public sealed interface ModelMessage {
    record System(String content) implements ModelMessage {}

    record User(String content) implements ModelMessage {}

    record Assistant(String content, List<ToolCall> toolCalls) implements ModelMessage {
        public Assistant {
            toolCalls = List.copyOf(toolCalls);
        }
    }

    record Tool(String callId, String name, JsonNode result) implements ModelMessage {}
}
