package dev.quire.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import java.util.List;

/**
 * The chat event payloads of contract §11.2, as JSON objects with a {@code type}. Deltas travel as
 * SSE {@code event: delta} and are never stored; everything else is {@code event: message} and
 * becomes the session's history.
 */
public final class ChatEvents {
    private ChatEvents() {}

    public static ObjectNode userInput(String content) {
        return typed("user_input").put("content", content);
    }

    public static ObjectNode textDelta(String content) {
        return typed("text_delta").put("content", content);
    }

    public static ObjectNode text(String content) {
        return typed("text").put("content", content);
    }

    public static ObjectNode thinkingDelta(String content) {
        return typed("thinking_delta").put("content", content);
    }

    public static ObjectNode thinking(String content) {
        return typed("thinking").put("content", content);
    }

    public static ObjectNode toolCall(String callId, String name, JsonNode arguments) {
        ObjectNode event = typed("tool_call").put("call_id", callId).put("name", name);
        event.set("arguments", arguments);
        return event;
    }

    public static ObjectNode toolResult(String callId, String name, JsonNode result, JsonNode imageAttachment) {
        ObjectNode event = typed("tool_result").put("call_id", callId).put("name", name);
        event.set("result", result);
        event.set("image_attachment", imageAttachment == null ? Json.mapper().nullNode() : imageAttachment);
        return event;
    }

    /** The last event of every turn; its usage becomes the session's job_metadata. */
    public static ObjectNode stop(boolean isError, String error, JobMetadata usage, List<String> skippedIndexIds) {
        ObjectNode event = typed("stop").put("is_error", isError);
        if (error == null) {
            event.putNull("error");
        } else {
            event.put("error", error);
        }
        ObjectNode u = event.putObject("usage");
        u.put("duration_ms", usage.durationMs());
        putNullable(u, "total_input_tokens", usage.totalInputTokens());
        putNullable(u, "total_output_tokens", usage.totalOutputTokens());
        u.put("turns", usage.turns());
        event.set("skipped_index_ids", Json.mapper().valueToTree(skippedIndexIds));
        return event;
    }

    public static boolean isDelta(JsonNode event) {
        String type = event.path("type").asText();
        return type.equals("text_delta") || type.equals("thinking_delta");
    }

    private static void putNullable(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }

    private static ObjectNode typed(String type) {
        return Json.mapper().createObjectNode().put("type", type);
    }
}
