package dev.quire.chat.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The Chat Completions wire format: request bodies out, provider error messages in. */
final class ChatCompletionsJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionsJson() {}

    /** A streaming request; empty {@code tools}/{@code tool_calls} arrays are left out because OpenAI rejects them. */
    static ObjectNode request(OpenAiChatConfig config, ModelRequest request) {
        ObjectNode body = JSON.createObjectNode().put("model", config.model()).put("stream", true);
        body.putObject("stream_options").put("include_usage", true);
        ArrayNode messages = body.putArray("messages");
        request.messages().forEach(message -> messages.add(message(message)));
        if (!request.tools().isEmpty()) {
            ArrayNode tools = body.putArray("tools");
            request.tools().forEach(tool -> tools.add(tool(tool)));
        }
        config.temperature().ifPresent(t -> body.put("temperature", t));
        config.maxTokens().ifPresent(n -> body.put("max_tokens", n));
        return body;
    }

    static ObjectNode message(ModelMessage message) {
        ObjectNode node = JSON.createObjectNode();
        if (message instanceof ModelMessage.System system) {
            node.put("role", "system").put("content", nonNull(system.content()));
        } else if (message instanceof ModelMessage.User user) {
            node.put("role", "user").put("content", nonNull(user.content()));
        } else if (message instanceof ModelMessage.Assistant assistant) {
            node.put("role", "assistant");
            boolean noText = assistant.content() == null || assistant.content().isEmpty();
            if (noText && !assistant.toolCalls().isEmpty()) {
                node.putNull("content");
            } else {
                node.put("content", nonNull(assistant.content()));
            }
            if (!assistant.toolCalls().isEmpty()) {
                ArrayNode calls = node.putArray("tool_calls");
                assistant.toolCalls().forEach(call -> calls.add(toolCall(call)));
            }
        } else if (message instanceof ModelMessage.Tool tool) {
            node.put("role", "tool").put("tool_call_id", tool.callId()).put("content", toolResult(tool.result()));
        } else {
            throw new IllegalArgumentException("unknown message type: " + message);
        }
        return node;
    }

    static ObjectNode toolCall(ToolCall call) {
        ObjectNode node = JSON.createObjectNode().put("id", call.id()).put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", arguments(call.arguments()));
        return node;
    }

    static ObjectNode tool(ToolSpec spec) {
        ObjectNode node = JSON.createObjectNode().put("type", "function");
        ObjectNode function = node.putObject("function").put("name", spec.name());
        if (spec.description() != null) {
            function.put("description", spec.description());
        }
        function.set("parameters", spec.parameters() == null ? JSON.createObjectNode().put("type", "object")
                : spec.parameters());
        return node;
    }

    /** The protocol carries arguments as a JSON string. */
    static String arguments(JsonNode arguments) {
        return arguments == null || arguments.isNull() || arguments.isMissingNode() ? "{}" : arguments.toString();
    }

    /** A text result is sent as is, anything else as its JSON. */
    static String toolResult(JsonNode result) {
        if (result == null || result.isNull() || result.isMissingNode()) {
            return "";
        }
        return result.isTextual() ? result.asText() : result.toString();
    }

    /**
     * The human part of an error body: OpenAI's {"error": {"message"}}, Ollama's {"error": "..."},
     * FastAPI servers' {"detail": ...}, {"message": ...}; else an excerpt of the body.
     */
    static String errorMessage(String body) {
        Optional<JsonNode> json = parse(body);
        if (json.isPresent()) {
            JsonNode node = json.get();
            for (JsonNode candidate : new JsonNode[] {node.path("error").path("message"), node.path("error"),
                    node.path("message"), node.path("detail")}) {
                if (candidate.isTextual() && !candidate.asText().isBlank()) {
                    return candidate.asText();
                }
                if (candidate.isContainerNode() && !candidate.isEmpty() && candidate != node.path("error")) {
                    return excerpt(candidate.toString());
                }
            }
        }
        return excerpt(body.strip());
    }

    static Optional<JsonNode> parse(String text) {
        try {
            return Optional.ofNullable(JSON.readTree(text)).filter(node -> !node.isMissingNode());
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
