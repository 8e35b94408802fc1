package dev.quire.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.common.Json;
import dev.quire.common.SafeErrors;
import dev.quire.errors.ApiException;
import dev.quire.http.Page;
import dev.quire.indexes.Index;
import dev.quire.indexes.IndexFileStore;
import dev.quire.indexes.IndexService;
import dev.quire.indexes.IndexView;
import dev.quire.paging.PageRequest;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.FilterParser;
import dev.quire.retrieval.RetrievalResult;
import dev.quire.retrieval.RetrievalService;
import dev.quire.search.Filter;
import dev.quire.telemetry.Metrics;
import dev.quire.tenancy.Scope;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP tools. Each reads its arguments against its schema ({@link Args}), calls the same service
 * the REST route calls, in the caller's project, and answers JSON (as structured content and as
 * text). Bad arguments and service errors (unknown index, index not ready, bad pattern) come back
 * as tool results with {@code isError: true} and a message the model can act on, never as HTTP 500s.
 */
final class QuireTools {
    static final String SCOPE = "quire.scope";
    static final String TRACE = "quire.trace";
    static final int MAX_INDEXES = 10;
    static final int MAX_ID = 200;
    static final int MAX_TOP_K = 50;
    static final int MAX_READ = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(QuireTools.class);

    private final IndexService indexes;
    private final RetrievalService retrieval;
    private final FileTools files;
    private final IndexFileStore parsedFiles;
    private final AskTool ask;
    private final Metrics metrics;
    private final Tracer tracer;

    QuireTools(IndexService indexes, RetrievalService retrieval, FileTools files, IndexFileStore parsedFiles,
               AskTool ask, Metrics metrics, Tracer tracer) {
        this.indexes = indexes;
        this.retrieval = retrieval;
        this.files = files;
        this.parsedFiles = parsedFiles;
        this.ask = ask;
        this.metrics = metrics;
        this.tracer = tracer;
    }

    /** A tool body: the caller's scope and arguments in, a JSON-able result out. */
    @FunctionalInterface
    interface Body {
        Object run(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest request);
    }

    List<SyncToolSpecification> specifications(McpJsonMapper json) {
        return List.of(
                tool(json, "list_indexes", "List indexes",
                        "Lists the indexes of this project (id, name, description, when last synced). Call it first "
                                + "to learn which index ids the other tools accept.",
                        Schemas.LIST_INDEXES, Set.of("limit"), this::listIndexes),
                tool(json, "retrieve", "Search indexes",
                        "Hybrid (keyword + semantic) search over one or more indexes. Returns the most relevant "
                                + "passages, best first, each with its file, pages, score and a quire:// resource URI "
                                + "of the whole parsed file.",
                        Schemas.RETRIEVE, Set.of("query", "index_ids", "top_k", "filters", "file_id"), this::retrieve),
                tool(json, "find_files", "Find files",
                        "Finds files of an index by exact name or by a case-insensitive part of the name. Returns "
                                + "file ids for grep_file and read_file.",
                        Schemas.FIND_FILES, Set.of("index_id", "name", "name_contains", "limit"), this::findFiles),
                tool(json, "grep_file", "Search a file with a regular expression",
                        "Finds matches of a regular expression (RE2 syntax) in one parsed file and returns each with "
                                + "surrounding context and its character offsets (usable with read_file).",
                        Schemas.GREP_FILE, Set.of("index_id", "file_id", "pattern", "context_chars", "max_matches"),
                        this::grepFile),
                tool(json, "read_file", "Read part of a file",
                        "Reads a range of one parsed file's text, by character offset and length.",
                        Schemas.READ_FILE, Set.of("index_id", "file_id", "offset", "max_length"), this::readFile),
                tool(json, "ask", "Ask a question",
                        "Answers a question from the chosen indexes with Quire's own chat agent, citing its sources "
                                + "as [n]. Sends progress notifications while it searches and writes. Pass the "
                                + "returned session_id to ask a follow-up question in the same conversation.",
                        Schemas.ASK, Set.of("question", "index_ids", "session_id"), ask::run));
    }

    private SyncToolSpecification tool(McpJsonMapper json, String name, String title, String description,
                                       String schema, Set<String> arguments, Body body) {
        McpSchema.Tool tool = McpSchema.Tool.builder().name(name).title(title).description(description)
                .inputSchema(json, schema).build();
        return SyncToolSpecification.builder().tool(tool)
                .callHandler((exchange, request) -> call(name, arguments, body, exchange, request)).build();
    }

    private McpSchema.CallToolResult call(String name, Set<String> arguments, Body body,
                                          McpSyncServerExchange exchange, McpSchema.CallToolRequest request) {
        long started = System.nanoTime();
        McpTransportContext transport = exchange.transportContext();
        Span span = tracer.spanBuilder("tool " + name).setParent(parent(transport))
                .setAttribute("mcp.tool", name).startSpan();
        boolean error = true;
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            Scope scope = (Scope) transport.get(SCOPE);
            if (scope == null) {
                throw new IllegalStateException("MCP call without an authenticated scope");
            }
            Args args = new Args(request.arguments());
            args.rejectUnknown(arguments);
            Object result = body.run(scope, args, exchange, request);
            error = false;
            return success(result);
        } catch (ToolInputException e) {
            return failure("Invalid arguments: " + e.getMessage());
        } catch (ApiException e) {
            return failure(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("MCP tool {} failed", name, SafeErrors.loggable(e));
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            return failure("Internal error in tool " + name);
        } finally {
            metrics.toolCall("mcp", name, error, System.nanoTime() - started);
            span.end();
        }
    }

    private static Context parent(McpTransportContext transport) {
        return transport.get(TRACE) instanceof Context c ? c : Context.current();
    }

    @SuppressWarnings("unchecked")
    private static McpSchema.CallToolResult success(Object result) {
        Map<String, Object> structured = Json.mapper().convertValue(result, Map.class);
        return McpSchema.CallToolResult.builder().structuredContent(structured)
                .addTextContent(Json.write(structured)).isError(false).build();
    }

    static McpSchema.CallToolResult failure(String message) {
        return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private Object listIndexes(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest r) {
        int limit = args.integer("limit", 1, 100, 50);
        Page<IndexView> page = indexes.list(scope.projectId(), Optional.empty(), PageRequest.first(limit), List.of());
        List<Map<String, Object>> items = new ArrayList<>();
        for (IndexView view : page.items()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("index_id", view.id());
            item.put("name", view.name());
            item.put("description", view.description());
            item.put("last_synced_at", view.lastSyncedAt());
            item.put("searchable", view.lastExportedAt() != null);
            items.add(item);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("indexes", items);
        body.put("more", page.nextPageToken() != null);
        return body;
    }

    private Object retrieve(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest r) {
        String query = args.string("query", 2_000);
        List<String> indexIds = args.strings("index_ids", 1, MAX_INDEXES, MAX_ID);
        int topK = args.integer("top_k", 1, MAX_TOP_K, 5);
        Optional<String> fileId = args.optionalString("file_id", MAX_ID);
        Filter filter = filter(args.object("filters"), fileId);
        List<Map<String, Object>> merged = new ArrayList<>();
        for (String indexId : indexIds) {
            Index index = retrieval.queryable(scope.projectId(), indexId);
            for (RetrievalResult result : retrieval.retrieve(scope.projectId(),
                    retrieval.policy().request(index.id(), query, topK, filter)).results()) {
                merged.add(passage(scope, index.id(), result));
            }
        }
        merged.sort(Comparator.comparingDouble((Map<String, Object> m) -> ((Number) m.get("score")).doubleValue())
                .reversed());
        return Map.of("results", merged.subList(0, Math.min(topK, merged.size())));
    }

    private Filter filter(Object filters, Optional<String> fileId) {
        JsonNode custom = filters == null ? null : Json.mapper().valueToTree(filters);
        ObjectNode statics = null;
        if (fileId.isPresent()) {
            statics = Json.mapper().createObjectNode();
            statics.putObject(Filter.FILE_ID).put("operator", "eq").put("value", fileId.get());
        }
        try {
            return FilterParser.parse(custom, statics);
        } catch (dev.quire.errors.ValidationException e) {
            throw new ToolInputException("\"filters\": " + e.getMessage() + " at "
                    + e.errors().get(0).loc().subList(1, e.errors().get(0).loc().size()));
        }
    }

    private Map<String, Object> passage(Scope scope, String indexId, RetrievalResult result) {
        RetrievalResult.StaticFields fields = result.staticFields();
        String fileId = fields.parsedDirectoryFileId();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("index_id", indexId);
        item.put("file_id", fileId);
        item.put("file_name", parsedFiles.findParsed(scope.projectId(), fileId).map(f -> f.displayName()).orElse(null));
        item.put("page_start", fields.pageRangeStart());
        item.put("page_end", fields.pageRangeEnd());
        item.put("start_char", fields.chunkStartChar());
        item.put("end_char", fields.chunkEndChar());
        item.put("score", result.rerankScore() != null ? result.rerankScore() : result.score());
        item.put("content", result.content());
        item.put("metadata", result.metadata());
        item.put("uri", ParsedFileResources.uri(indexId, fileId));
        return item;
    }

    private Object findFiles(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest r) {
        String indexId = args.string("index_id", MAX_ID);
        Optional<String> name = args.optionalString("name", 1_000);
        Optional<String> contains = args.optionalString("name_contains", 1_000);
        int limit = args.integer("limit", 1, 200, 50);
        String id = indexes.live(scope.projectId(), indexId).id();
        Page<FileTools.FoundFile> page = files.find(scope.projectId(), id, name, contains, limit, Optional.empty());
        List<Map<String, Object>> found = new ArrayList<>();
        for (FileTools.FoundFile file : page.items()) {
            found.add(Map.of("file_id", file.fileId(), "file_name", file.fileName(),
                    "uri", ParsedFileResources.uri(id, file.fileId())));
        }
        return Map.of("files", found, "more", page.nextPageToken() != null);
    }

    private Object grepFile(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest r) {
        String indexId = args.string("index_id", MAX_ID);
        String fileId = args.string("file_id", MAX_ID);
        String pattern = args.string("pattern", 1_000);
        int context = args.integer("context_chars", 0, 2_000, 80);
        int max = args.integer("max_matches", 1, 100, 20);
        Page<FileTools.GrepMatch> page = files.grep(scope.projectId(), indexId, fileId, pattern, context, max,
                Optional.empty());
        List<Map<String, Object>> matches = new ArrayList<>();
        for (FileTools.GrepMatch m : page.items()) {
            matches.add(Map.of("start_char", m.startChar(), "end_char", m.endChar(), "context", m.content()));
        }
        return Map.of("matches", matches, "more", page.nextPageToken() != null);
    }

    private Object readFile(Scope scope, Args args, McpSyncServerExchange exchange, McpSchema.CallToolRequest r) {
        String indexId = args.string("index_id", MAX_ID);
        String fileId = args.string("file_id", MAX_ID);
        int offset = args.integer("offset", 0, Integer.MAX_VALUE, 0);
        int length = args.integer("max_length", 1, MAX_READ, 4_000);
        String content = files.read(scope.projectId(), indexId, fileId, offset, Optional.of(length)).content();
        int end = offset + content.codePointCount(0, content.length());
        return Map.of("offset", offset, "end", end, "content", content);
    }
}
