package dev.quire.chat.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.ingest.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One streamed reply being assembled from {@code chat.completion.chunk} objects: forwards text and
 * reasoning to the listener as they come, gathers tool-call fragments by index, keeps the usage.
 * Not thread-safe; one per attempt.
 */
final class StreamedReply {
    private final ModelListener listener;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder reasoning = new StringBuilder();
    private final Map<Integer, PartialCall> calls = new TreeMap<>();
    private Optional<Integer> promptTokens = Optional.empty();
    private Optional<Integer> completionTokens = Optional.empty();
    private Optional<String> finishReason = Optional.empty();
    private boolean delivered;
    private int lastIndex = -1;

    StreamedReply(ModelListener listener) {
        this.listener = listener;
    }

    /** Whether the listener has seen anything: from then on the attempt must not be replayed. */
    boolean delivered() {
        return delivered;
    }

    Optional<String> finishReason() {
        return finishReason;
    }

    void accept(JsonNode chunk) {
        JsonNode error = chunk.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            throw new ModelException("LLM provider error: " + ChatCompletionsJson.errorMessage(chunk.toString()));
        }
        JsonNode usage = chunk.path("usage");
        if (usage.isObject()) {
            promptTokens = count(usage.path("prompt_tokens")).or(() -> promptTokens);
            completionTokens = count(usage.path("completion_tokens")).or(() -> completionTokens);
        }
        for (JsonNode choice : chunk.path("choices")) {
            if (choice.path("index").asInt(0) == 0) {
                acceptChoice(choice);
            }
        }
    }

    private void acceptChoice(JsonNode choice) {
        JsonNode delta = choice.path("delta");
        String content = textOf(delta.path("content"));
        if (!content.isEmpty()) {
            text.append(content);
            delivered = true;
            listener.textDelta(content);
        }
        // vLLM and DeepSeek say reasoning_content, Ollama and OpenRouter reasoning; some send both.
        String thought = textOf(delta.path("reasoning_content"));
        thought = thought.isEmpty() ? textOf(delta.path("reasoning")) : thought;
        if (!thought.isEmpty()) {
            reasoning.append(thought);
            delivered = true;
            listener.reasoningDelta(thought);
        }
        for (JsonNode fragment : delta.path("tool_calls")) {
            acceptToolFragment(fragment);
        }
        String finish = textOf(choice.path("finish_reason"));
        if (!finish.isEmpty()) {
            finishReason = Optional.of(finish);
        }
    }

    private void acceptToolFragment(JsonNode fragment) {
        String id = textOf(fragment.path("id"));
        int index;
        if (fragment.path("index").isIntegralNumber()) {
            index = fragment.path("index").asInt();
        } else if (lastIndex < 0 || !id.isEmpty() && !id.equals(calls.get(lastIndex).id)) {
            index = lastIndex + 1; // providers without indexes start a new call with each new id
        } else {
            index = lastIndex;
        }
        lastIndex = index;
        PartialCall call = calls.computeIfAbsent(index, i -> new PartialCall());
        if (call.id.isEmpty()) {
            call.id = id;
        }
        JsonNode function = fragment.path("function");
        String name = textOf(function.path("name"));
        // Most providers send the name once; some repeat it whole in every fragment.
        if (!name.equals(call.name.toString())) {
            call.name.append(name);
        }
        JsonNode arguments = function.path("arguments");
        call.arguments.append(arguments.isContainerNode() ? arguments.toString() : textOf(arguments));
    }

    /** The finished reply; token counts the provider did not report are estimated with {@code counter}. */
    ModelReply finish(ModelRequest request, TokenCounter counter) {
        List<ToolCall> toolCalls = new ArrayList<>();
        calls.forEach((index, call) -> toolCalls.add(new ToolCall(
                call.id.isEmpty() ? "call_" + index : call.id, call.name.toString(), parseArguments(call.arguments))));
        int input = promptTokens.orElseGet(() -> TokenEstimate.input(request, counter));
        int output = completionTokens.orElseGet(() -> TokenEstimate.output(text, reasoning, calls.values().stream()
                .map(call -> call.arguments.toString()).toList(), counter));
        return new ModelReply(text.toString(), reasoning.toString(), toolCalls, Optional.of(input), Optional.of(output));
    }

    /**
     * Arguments as a JSON object. Models do produce broken JSON: that becomes {"_raw": text} so the
     * agent can answer with a tool error instead of the turn failing. A JSON string holding an
     * object (double-encoded arguments) is unwrapped.
     */
    static JsonNode parseArguments(CharSequence raw) {
        String text = raw.toString().strip();
        if (text.isEmpty()) {
            return ChatCompletionsJson.JSON.createObjectNode();
        }
        Optional<JsonNode> parsed = ChatCompletionsJson.parse(text);
        if (parsed.filter(JsonNode::isTextual).isPresent()) {
            parsed = ChatCompletionsJson.parse(parsed.get().asText());
        }
        if (parsed.filter(JsonNode::isObject).isPresent()) {
            return parsed.get();
        }
        ObjectNode fallback = ChatCompletionsJson.JSON.createObjectNode();
        fallback.put("_raw", raw.toString());
        return fallback;
    }

    private static Optional<Integer> count(JsonNode node) {
        return node.isNumber() ? Optional.of(node.asInt()) : Optional.empty();
    }

    private static String textOf(JsonNode node) {
        return node.isTextual() ? node.asText() : "";
    }

    private static final class PartialCall {
        String id = "";
        final StringBuilder name = new StringBuilder();
        final StringBuilder arguments = new StringBuilder();
    }
}
