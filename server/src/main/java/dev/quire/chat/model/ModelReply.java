package dev.quire.chat.model;

import java.util.List;
import java.util.Optional;

/**
 * A complete reply: its text and reasoning (the concatenation of the streamed deltas), the tool
 * calls it asked for, and token usage when known (provider-reported, or counted with a tokenizer
 * when the provider reports none; empty for backends without tokens).
 */
public record ModelReply(String text, String reasoning, List<ToolCall> toolCalls,
                         Optional<Integer> inputTokens, Optional<Integer> outputTokens) {
    public ModelReply {
        toolCalls = List.copyOf(toolCalls);
    }
}
