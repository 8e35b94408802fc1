package dev.quire.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.chat.ChatService;
import dev.quire.chat.TurnRequest;
import dev.quire.chat.TurnService;
import dev.quire.tenancy.Scope;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The ask tool: one chat turn, run by the same {@link TurnService} as POST /api/v1/chat/{id}/messages/stream
 * and stored in a chat session like any other. While it runs, each step (a search, the first words of
 * the answer) is sent as a progress notification when the client asked for progress.
 */
final class AskTool {
    private final ChatService chat;
    private final TurnService turns;

    AskTool(ChatService chat, TurnService turns) {
        this.chat = chat;
        this.turns = turns;
    }

    Object run(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        String question = args.string("question", turns.maxPromptChars());
        List<String> indexIds = args.strings("index_ids", 1, QuireTools.MAX_INDEXES, QuireTools.MAX_ID);
        Optional<String> sessionId = args.optionalString("session_id", QuireTools.MAX_ID);
        String session = sessionId.map(id -> {
            chat.requireLive(scope.projectId(), id);
            return id;
        }).orElseGet(() -> chat.create(scope.projectId(), indexIds, "read_only").sessionId());
        TurnService.Turn turn = turns.start(scope.projectId(), session, new TurnRequest(indexIds, question, false));
        Progress progress = new Progress(exchange, request.progressToken());
        String answer = "";
        List<Map<String, Object>> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        boolean writing = false;
        try {
            while (true) {
                ObjectNode event = turn.next(1, TimeUnit.SECONDS);
                if (event == null) {
                    continue;
                }
                switch (event.path("type").asText()) {
                    case "tool_call" -> progress.send("Calling " + event.path("name").asText());
                    case "tool_result" -> collect(event, sources, seen);
                    case "text_delta" -> {
                        if (!writing) {
                            writing = true;
                            progress.send("Writing the answer");
                        }
                    }
                    case "text" -> answer = event.path("content").asText();
                    case "stop" -> {
                        Map<String, Object> body = new LinkedHashMap<>();
                        body.put("answer", answer);
                        body.put("citations", sources);
                        body.put("session_id", session);
                        if (event.path("is_error").asBoolean()) {
                            throw new dev.quire.errors.ApiException.BadGateway(
                                    "The answer could not be completed: " + event.path("error").asText());
                        }
                        return body;
                    }
                    default -> { }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new dev.quire.errors.ApiException.Unavailable("Interrupted while answering");
        } finally {
            turns.streamEnded(turn);
        }
    }

    /** The passages a retrieve call gave the agent: what the answer's [n] citations point into. */
    private static void collect(ObjectNode event, List<Map<String, Object>> sources, Set<String> seen) {
        if (!event.path("name").asText().equals("retrieve")) {
            return;
        }
        for (JsonNode r : event.path("result").path("results")) {
            JsonNode fields = r.path("static_fields");
            String fileId = fields.path("parsed_directory_file_id").asText();
            String indexId = r.path("index_id").asText();
            String key = indexId + "/" + fileId + "/" + fields.path("chunk_index").asInt();
            if (!seen.add(key)) {
                continue;
            }
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("index_id", indexId);
            source.put("file_id", fileId);
            source.put("file_name", r.path("file_name").isTextual() ? r.path("file_name").asText() : null);
            source.put("page_start", fields.path("page_range_start").asInt());
            source.put("page_end", fields.path("page_range_end").asInt());
            source.put("excerpt", r.path("content").asText());
            source.put("uri", ParsedFileResources.uri(indexId, fileId));
            sources.add(source);
        }
    }

    /** Progress notifications for the call's progress token; nothing when the client gave none. */
    private static final class Progress {
        private final McpSyncServerExchange exchange;
        private final Object token;
        private int step;

        Progress(McpSyncServerExchange exchange, Object token) {
            this.exchange = exchange;
            this.token = token;
        }

        void send(String message) {
            if (token != null) {
                exchange.progressNotification(new McpSchema.ProgressNotification(token, ++step, null, message));
            }
        }
    }
}
