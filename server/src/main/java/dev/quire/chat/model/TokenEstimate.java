package dev.quire.chat.model;

import dev.quire.ingest.TokenCounter;
import java.util.List;

/**
 * Token usage for providers that report none (older local servers, or without stream usage).
 * These are estimates: our tokenizer is not the model's, and the chat template's per-message
 * overhead is not counted.
 */
final class TokenEstimate {
    private TokenEstimate() {}

    /** Every message's content, assistant tool-call arguments, tool results and the tools' JSON. */
    static int input(ModelRequest request, TokenCounter counter) {
        int tokens = 0;
        for (ModelMessage message : request.messages()) {
            tokens += counter.count(ChatCompletionsJson.message(message).path("content").asText(""));
            if (message instanceof ModelMessage.Assistant assistant) {
                for (ToolCall call : assistant.toolCalls()) {
                    tokens += counter.count(call.name()) + counter.count(ChatCompletionsJson.arguments(call.arguments()));
                }
            }
        }
        for (ToolSpec tool : request.tools()) {
            tokens += counter.count(ChatCompletionsJson.tool(tool).toString());
        }
        return tokens;
    }

    /** The answer text, the reasoning and the raw tool-call arguments. */
    static int output(CharSequence text, CharSequence reasoning, List<String> toolArguments, TokenCounter counter) {
        int tokens = counter.count(text.toString()) + counter.count(reasoning.toString());
        for (String arguments : toolArguments) {
            tokens += counter.count(arguments);
        }
        return tokens;
    }
}
