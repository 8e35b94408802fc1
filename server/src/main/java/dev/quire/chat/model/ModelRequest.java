package dev.quire.chat.model;

import java.util.List;

/** The conversation so far and the tools the model may call. */
public record ModelRequest(List<ModelMessage> messages, List<ToolSpec> tools) {
    public ModelRequest {
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
    }
}
