package dev.quire.chat;

import dev.quire.http.Operation;
import dev.quire.http.Schema;

/**
 * The chat API in the OpenAPI document, with the official SDK's class names (package
 * {@code beta.chat}). Sessions answer the same shape under four class names, as the official SDK has.
 */
final class ChatSchemas {
    private static final String PKG = "beta.chat";

    private ChatSchemas() {}

    private static Schema jobMetadata() {
        return Schema.object().title("JobMetadata")
                .description("Token usage and status from the most recent run. Null if the session has not been run yet.")
                .optional("duration_ms", Schema.number().description("Wall time of the run in milliseconds."))
                .optional("error", Schema.string().nullable())
                .optional("export_config_ids", Schema.array(Schema.string()).nullable())
                .optional("is_error", Schema.bool())
                .optional("total_input_tokens", Schema.integer().nullable())
                .optional("total_output_tokens", Schema.integer().nullable())
                .optional("turns", Schema.integer());
    }

    private static Schema session() {
        return Schema.object()
                .required("last_updated_at", Schema.string()
                        .description("ISO-format timestamp showing when the session was last updated."))
                .required("session_id", Schema.string().description("Unique session identifier."))
                .optional("generated_title", Schema.string().nullable()
                        .description("Auto-generated title derived from the first user message."))
                .optional("index_ids", Schema.array(Schema.string()).nullable()
                        .description("Indexes this session is bound to. Null on unbound sessions."))
                .optional("job_metadata", jobMetadata().nullable())
                .optional("shared_access", Schema.enumOf("query", "read_only").title("SharedAccess")
                        .description("Quire: what other keys of the project may do with this session."));
    }

    private static Schema type(String value) {
        return Schema.enumOf(value).title("Type");
    }

    private static Schema contentEvent(String title, String type) {
        return Schema.object().title(title)
                .required("content", Schema.string())
                .optional("type", type(type));
    }

    /** One event of a turn; its {@code type} tells which. */
    static Schema event() {
        Schema usage = Schema.object().title("Usage")
                .optional("duration_ms", Schema.number())
                .optional("total_input_tokens", Schema.integer().nullable())
                .optional("total_output_tokens", Schema.integer().nullable())
                .optional("turns", Schema.integer());
        Schema stop = Schema.object().title("Stop")
                .required("error", Schema.string().nullable())
                .required("is_error", Schema.bool())
                .required("usage", usage)
                .optional("type", type("stop"))
                .optional("skipped_index_ids", Schema.array(Schema.string())
                        .description("Quire: indexes of the session skipped because they were deleted."));
        Schema toolCall = Schema.object().title("ToolCall")
                .required("arguments", Schema.freeForm().title("Arguments"))
                .required("call_id", Schema.string())
                .required("name", Schema.string())
                .optional("type", type("tool_call"));
        Schema toolResult = Schema.object().title("ToolResult")
                .required("call_id", Schema.string())
                .required("name", Schema.string())
                .required("result", Schema.any())
                .optional("image_attachment", Schema.object().title("ImageAttachment")
                        .required("attachment_name", Schema.string())
                        .required("source_id", Schema.string()).nullable())
                .optional("type", type("tool_result"));
        return Schema.anyOf(stop, contentEvent("TextDelta", "text_delta"), contentEvent("Text", "text"),
                contentEvent("ThinkingDelta", "thinking_delta"), contentEvent("Thinking", "thinking"),
                toolCall, toolResult, contentEvent("UserInput", "user_input")).title("Event");
    }

    static final Schema CREATE_RESPONSE = Schema.component("ChatCreateResponse", PKG, session()
            .description("A chat session without its events."));
    static final Schema LIST_RESPONSE = Schema.component("ChatListResponse", PKG, session()
            .description("A chat session without its events."));
    static final Schema LIST_PAGE = Schema.page("ChatListPageResponse", PKG, LIST_RESPONSE);
    static final Schema SUMMARY_RESPONSE = Schema.component("ChatGetSummaryResponse", PKG, session()
            .description("A chat session without its events."));
    static final Schema RETRIEVE_RESPONSE = Schema.component("ChatRetrieveResponse", PKG, session()
            .description("Full chat session including its complete event history.")
            .required("events", Schema.array(event())
                    .description("Ordered list of events that make up the conversation history.")));
    /** What the official Java SDK reads from the stream route: Quire answers {@code {session_id, events}}. */
    static final Schema STREAM_RESPONSE = Schema.component("ChatStreamResponse", PKG, Schema.freeForm()
            .description("A whole turn at once, for clients that read the stream route as JSON: "
                    + "{session_id, events} without the delta events."));
    /** One Server-Sent Event's data. */
    static final Schema STREAM_EVENT = Schema.component("ChatEvent", PKG, event()
            .description("One event of a turn, as each Server-Sent Event's data."));

    static final Schema CREATE_BODY = Schema.component("ChatCreateParamsBody", PKG, Schema.object()
            .optional("index_ids", Schema.array(Schema.string()).nullable()
                    .description("Indexes the session may search; empty for an unbound session."))
            .optional("shared_access", Schema.enumOf("query", "read_only").title("SharedAccess")
                    .description("Quire: what other keys of the project may do with this session.")));
    static final Schema STREAM_BODY = Schema.component("ChatStreamParamsBody", PKG, Schema.object()
            .required("index_ids", Schema.array(Schema.string()).description("Indexes to search this turn."))
            .required("prompt", Schema.string().description("The user's message."))
            .optional("require_all_indexes", Schema.bool()
                    .description("Quire: fail the turn instead of skipping indexes that were deleted.")));

    static final Operation CREATE = Operation.sdk("beta.chat.create").params("ChatCreateParams")
            .jsonBody(CREATE_BODY).ok(CREATE_RESPONSE).build();
    static final Operation LIST = Operation.sdk("beta.chat.list").params("ChatListParams")
            .paged("ChatListPage", LIST_PAGE).build();
    static final Operation RETRIEVE = Operation.sdk("beta.chat.retrieve").params("ChatRetrieveParams")
            .ok(RETRIEVE_RESPONSE).build();
    static final Operation SUMMARY = Operation.sdk("beta.chat.getSummary").params("ChatGetSummaryParams")
            .ok(SUMMARY_RESPONSE).build();
    static final Operation DELETE = Operation.sdk("beta.chat.delete").params("ChatDeleteParams")
            .status(204).build();
    static final Operation STREAM = Operation.sdk("beta.chat.stream").params("ChatStreamParams")
            .jsonBody(STREAM_BODY).ok(STREAM_RESPONSE).eventStream(STREAM_EVENT).errors(400, 409)
            .description("Answers text/event-stream (events `delta` and `message`, `: ping` comments) unless "
                    + "the caller is the official Java SDK without Accept: text/event-stream, which gets one "
                    + "ChatStreamResponse.")
            .build();
}
