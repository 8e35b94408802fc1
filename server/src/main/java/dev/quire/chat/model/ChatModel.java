package dev.quire.chat.model;

/**
 * One model call of the agent loop: the conversation and the tools in, a streamed reply out.
 * Implementations: the embedded extractive model (no network) and any OpenAI-compatible Chat
 * Completions endpoint.
 *
 * <pre>{@code
 * ModelReply reply = model.complete(new ModelRequest(messages, tools), new ModelListener() {
 *     public void textDelta(String text) { sse.send(textDelta(text)); }
 *     public void reasoningDelta(String text) { sse.send(thinkingDelta(text)); }
 * });
 * }</pre>
 *
 * @throws ModelException when the provider fails for good (after its own retries), times out, or
 *                        answers something unusable; the message is shown to the user in the stop event
 */
public interface ChatModel {
    ModelReply complete(ModelRequest request, ModelListener listener);
}
