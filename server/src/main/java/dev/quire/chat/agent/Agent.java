package dev.quire.chat.agent;

import dev.quire.chat.ChatEvents;
import dev.quire.chat.model.ChatModel;
import dev.quire.chat.model.ModelListener;
import dev.quire.chat.model.ModelMessage;
import dev.quire.chat.model.ModelReply;
import dev.quire.chat.model.ModelRequest;
import dev.quire.chat.model.ToolCall;
import dev.quire.chat.model.ToolSpec;
import dev.quire.indexes.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The agent loop of one turn: call the model, stream its reasoning and text, run the tools it
 * asks for, feed their results back, until it answers without tools or a limit is reached.
 *
 * <pre>{@code
 * Agent.Outcome outcome = agent.run(projectId, indexes, conversation, sink, cancelled);
 * }</pre>
 */
public final class Agent {
    private final ChatModel model;
    private final AgentTools tools;
    private final AgentLimits limits;

    public Agent(ChatModel model, AgentTools tools, AgentLimits limits) {
        this.model = model;
        this.tools = tools;
        this.limits = limits;
    }

    /** How the loop ended: model calls made, tokens used (when known), whether any answer text was sent. */
    public record Outcome(int modelCalls, Optional<Integer> inputTokens, Optional<Integer> outputTokens,
                          boolean answered, boolean limitReached) {}

    /** Thrown when the turn is cancelled (session deleted, server stopping). */
    public static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    public Outcome run(String projectId, List<Index> indexes, List<ModelMessage> conversation, EventSink sink,
                       BooleanSupplier cancelled) {
        List<ModelMessage> messages = new ArrayList<>(conversation);
        List<ToolSpec> specs = tools.specs(indexes);
        Usage usage = new Usage();
        int toolCalls = 0;
        boolean answered = false;
        for (int call = 0; call < limits.maxIterations(); call++) {
            checkCancelled(cancelled);
            Blocks blocks = new Blocks(sink, cancelled);
            ModelReply reply = model.complete(new ModelRequest(messages, specs), blocks);
            usage.add(reply);
            blocks.close(reply);
            answered |= !reply.text().isEmpty();
            if (reply.toolCalls().isEmpty()) {
                return usage.outcome(call + 1, answered, false);
            }
            messages.add(new ModelMessage.Assistant(reply.text(), reply.toolCalls()));
            for (ToolCall toolCall : reply.toolCalls()) {
                if (++toolCalls > limits.maxToolCalls()) {
                    return usage.outcome(call + 1, answered, true);
                }
                checkCancelled(cancelled);
                sink.emit(ChatEvents.toolCall(toolCall.id(), toolCall.name(), toolCall.arguments()));
                AgentTools.Outcome result = tools.execute(projectId, indexes, toolCall);
                sink.emit(ChatEvents.toolResult(toolCall.id(), toolCall.name(), result.result(),
                        result.imageAttachment()));
                messages.add(new ModelMessage.Tool(toolCall.id(), toolCall.name(), result.result()));
            }
        }
        return usage.outcome(limits.maxIterations(), answered, true);
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
    }

    /** Token counts summed over the turn's model calls; unknown if any call did not report them. */
    private static final class Usage {
        private Integer input = 0;
        private Integer output = 0;

        void add(ModelReply reply) {
            input = input == null || reply.inputTokens().isEmpty() ? null : input + reply.inputTokens().get();
            output = output == null || reply.outputTokens().isEmpty() ? null : output + reply.outputTokens().get();
        }

        Outcome outcome(int calls, boolean answered, boolean limit) {
            return new Outcome(calls, Optional.ofNullable(input), Optional.ofNullable(output), answered, limit);
        }
    }

    /**
     * Turns a reply's deltas into events: every run of thinking deltas is closed by one thinking
     * event, every run of text deltas by one text event, whose content is the run's concatenation.
     */
    private static final class Blocks implements ModelListener {
        private final EventSink sink;
        private final BooleanSupplier cancelled;
        private final StringBuilder current = new StringBuilder();
        private String kind = "";
        private final StringBuilder streamedText = new StringBuilder();
        private final StringBuilder streamedReasoning = new StringBuilder();

        Blocks(EventSink sink, BooleanSupplier cancelled) {
            this.sink = sink;
            this.cancelled = cancelled;
        }

        @Override
        public void textDelta(String text) {
            delta("text", text);
            streamedText.append(text);
        }

        @Override
        public void reasoningDelta(String text) {
            delta("thinking", text);
            streamedReasoning.append(text);
        }

        private void delta(String type, String text) {
            checkCancelled(cancelled);
            if (text.isEmpty()) {
                return;
            }
            if (!type.equals(kind)) {
                flush();
                kind = type;
            }
            current.append(text);
            sink.emit(type.equals("text") ? ChatEvents.textDelta(text) : ChatEvents.thinkingDelta(text));
        }

        private void flush() {
            if (current.length() > 0) {
                sink.emit(kind.equals("text") ? ChatEvents.text(current.toString()) : ChatEvents.thinking(current.toString()));
            }
            current.setLength(0);
        }

        /** Ends the reply; a backend that did not stream its text or reasoning still gets its message events. */
        void close(ModelReply reply) {
            flush();
            if (streamedReasoning.length() == 0 && !reply.reasoning().isEmpty()) {
                sink.emit(ChatEvents.thinking(reply.reasoning()));
            }
            if (streamedText.length() == 0 && !reply.text().isEmpty()) {
                sink.emit(ChatEvents.text(reply.text()));
            }
        }
    }
}
