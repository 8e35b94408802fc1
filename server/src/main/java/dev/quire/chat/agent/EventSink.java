package dev.quire.chat.agent;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Where a turn's events go: streamed to the client and, for message events, stored. */
@FunctionalInterface
public interface EventSink {
    void emit(ObjectNode event);
}
