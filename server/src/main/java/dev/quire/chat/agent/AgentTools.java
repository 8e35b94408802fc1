package dev.quire.chat.agent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quire.chat.model.ToolCall;
import dev.quire.chat.model.ToolSpec;
import dev.quire.common.Json;
import dev.quire.errors.ApiException;
import dev.quire.indexes.Index;
import dev.quire.indexes.IndexFileStore;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.RetrievalResult;
import dev.quire.retrieval.RetrievalService;
import dev.quire.retrieval.RetrieveRequest;
import dev.quire.search.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agent's tools (contract §12): retrieve, find_files, grep_file and read_file. Arguments and
 * results mirror the REST bodies and run through the same code as the retrieval endpoints; retrieve
 * fans out over the turn's indexes and merges by score. A failing tool answers {@code {"error": ...}}.
 */
public final class AgentTools {
    static final int DEFAULT_TOP_K = 6;
    static final int MAX_READ = 8_000;

    private final RetrievalService retrieval;
    private final FileTools files;
    private final IndexFileStore parsedFiles;

    private final dev.quire.telemetry.Metrics metrics;
    private final io.opentelemetry.api.trace.Tracer tracer;

    public AgentTools(RetrievalService retrieval, FileTools files, IndexFileStore parsedFiles) {
        this(retrieval, files, parsedFiles, dev.quire.telemetry.Metrics.NONE,
                io.opentelemetry.api.OpenTelemetry.noop().getTracer("quire"));
    }

    /** {@code metrics} and {@code tracer}: each tool call is measured and traced as a {@code tool NAME} span. */
    public AgentTools(RetrievalService retrieval, FileTools files, IndexFileStore parsedFiles,
                      dev.quire.telemetry.Metrics metrics, io.opentelemetry.api.trace.Tracer tracer) {
        this.metrics = metrics;
        this.tracer = tracer;
        this.retrieval = retrieval;
        this.files = files;
        this.parsedFiles = parsedFiles;
    }

    /** What a tool returned, and the page screenshot to show with it, if any. */
    public record Outcome(JsonNode result, JsonNode imageAttachment) {}

    /** The tools offered for a turn: file tools always, retrieve only if an index has vectors. */
    public List<ToolSpec> specs(List<Index> indexes) {
        List<ToolSpec> specs = new ArrayList<>();
        if (indexes.stream().anyMatch(Index::vectorsEnabled)) {
            specs.add(spec("retrieve", "Hybrid search over the indexed documents; returns the most relevant chunks "
                    + "with file name and pages. Use it first.", "{\"type\":\"object\",\"properties\":{"
                    + "\"query\":{\"type\":\"string\"},\"top_k\":{\"type\":\"integer\"},"
                    + "\"index_ids\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},"
                    + "\"static_filters\":{\"type\":\"object\"},\"custom_filters\":{\"type\":\"object\"}},"
                    + "\"required\":[\"query\"]}"));
        }
        if (!indexes.isEmpty()) {
            specs.add(spec("find_files", "Find files of an index by exact name or name substring.",
                    "{\"type\":\"object\",\"properties\":{\"index_id\":{\"type\":\"string\"},"
                            + "\"file_name\":{\"type\":\"string\"},\"file_name_contains\":{\"type\":\"string\"}},"
                            + "\"required\":[\"index_id\"]}"));
            specs.add(spec("grep_file", "Regular-expression search in one file's text, with context.",
                    "{\"type\":\"object\",\"properties\":{\"index_id\":{\"type\":\"string\"},"
                            + "\"file_id\":{\"type\":\"string\"},\"pattern\":{\"type\":\"string\"},"
                            + "\"context_chars\":{\"type\":\"integer\"}},\"required\":[\"index_id\",\"file_id\",\"pattern\"]}"));
            specs.add(spec("read_file", "Read a window of one file's text (at most 8000 characters).",
                    "{\"type\":\"object\",\"properties\":{\"index_id\":{\"type\":\"string\"},"
                            + "\"file_id\":{\"type\":\"string\"},\"offset\":{\"type\":\"integer\"},"
                            + "\"max_length\":{\"type\":\"integer\"}},\"required\":[\"index_id\",\"file_id\"]}"));
        }
        return specs;
    }

    private static ToolSpec spec(String name, String description, String schema) {
        return new ToolSpec(name, description, Json.read(schema));
    }

    public Outcome execute(String projectId, List<Index> indexes, ToolCall call) {
        // Tool names come from the model: only known ones become a metric label.
        String label = List.of("retrieve", "find_files", "grep_file", "read_file").contains(call.name())
                ? call.name() : "unknown";
        long started = System.nanoTime();
        io.opentelemetry.api.trace.Span span = tracer.spanBuilder("tool " + label).setAttribute("quire.tool", label)
                .startSpan();
        Outcome outcome = null;
        try (io.opentelemetry.context.Scope ignored = span.makeCurrent()) {
            outcome = run(projectId, indexes, call);
            return outcome;
        } finally {
            boolean error = outcome == null || outcome.result().has("error");
            metrics.toolCall("agent", label, error, System.nanoTime() - started);
            span.end();
        }
    }

    private Outcome run(String projectId, List<Index> indexes, ToolCall call) {
        try {
            return switch (call.name()) {
                case "retrieve" -> retrieve(projectId, indexes, call.arguments());
                case "find_files" -> new Outcome(Json.mapper().valueToTree(files.find(projectId,
                        allowedIndex(indexes, call.arguments()), text(call.arguments(), "file_name"),
                        text(call.arguments(), "file_name_contains"), 50, Optional.empty())), null);
                case "grep_file" -> new Outcome(Json.mapper().valueToTree(files.grep(projectId,
                        allowedIndex(indexes, call.arguments()), required(call.arguments(), "file_id"),
                        required(call.arguments(), "pattern"), call.arguments().path("context_chars").asInt(40),
                        20, Optional.empty())), null);
                case "read_file" -> new Outcome(Json.mapper().valueToTree(files.read(projectId,
                        allowedIndex(indexes, call.arguments()), required(call.arguments(), "file_id"),
                        Math.max(0, call.arguments().path("offset").asInt(0)),
                        Optional.of(Math.min(MAX_READ, Math.max(1, call.arguments().path("max_length").asInt(MAX_READ)))))),
                        null);
                default -> error("unknown tool: " + call.name());
            };
        } catch (ApiException e) {
            return error(e.getMessage());
        } catch (IllegalArgumentException e) {
            return error("invalid arguments: " + e.getMessage());
        }
    }

    private Outcome retrieve(String projectId, List<Index> indexes, JsonNode args) {
        String query = required(args, "query");
        int topK = Math.max(1, Math.min(50, args.path("top_k").asInt(DEFAULT_TOP_K)));
        List<Index> targets = indexes.stream().filter(Index::vectorsEnabled)
                .filter(i -> !args.path("index_ids").isArray() || contains(args.get("index_ids"), i))
                .toList();
        List<Tagged> merged = new ArrayList<>();
        for (Index index : targets) {
            RetrieveRequest request = retrieval.policy().request(index.id(), query, topK, filterOf(args));
            for (RetrievalResult r : retrieval.retrieve(projectId, request, dev.quire.admission.Lane.CHAT).results()) {
                merged.add(new Tagged(index.id(), r));
            }
        }
        merged.sort(Comparator.comparingDouble((Tagged t) -> t.result().rerankScore() != null
                ? t.result().rerankScore() : t.result().score()).reversed());
        ArrayNode results = Json.mapper().createArrayNode();
        JsonNode image = null;
        for (Tagged t : merged.subList(0, Math.min(topK, merged.size()))) {
            ObjectNode item = Json.mapper().valueToTree(t.result());
            item.put("index_id", t.indexId());
            String parsedId = t.result().staticFields().parsedDirectoryFileId();
            item.put("file_name", parsedFiles.findParsed(projectId, parsedId).map(f -> f.displayName()).orElse(null));
            results.add(item);
            if (image == null && results.size() == 1 && !t.result().staticFields().attachments().isEmpty()) {
                RetrievalResult.AttachmentRef a = t.result().staticFields().attachments().get(0);
                image = Json.mapper().createObjectNode().put("attachment_name", a.attachmentName())
                        .put("source_id", a.sourceId());
            }
        }
        ObjectNode body = Json.mapper().createObjectNode();
        body.set("results", results);
        return new Outcome(body, image);
    }

    private record Tagged(String indexId, RetrievalResult result) {}

    private static boolean contains(JsonNode ids, Index index) {
        for (JsonNode id : ids) {
            if (id.asText().equals(index.id()) || id.asText().equals(index.exportConfigId())) {
                return true;
            }
        }
        return false;
    }

    private static Filter filterOf(JsonNode args) {
        return dev.quire.retrieval.FilterParser.parse(args.get("custom_filters"), args.get("static_filters"));
    }

    /** The tool's index must be one of the turn's; the model cannot reach other indexes. */
    private static String allowedIndex(List<Index> indexes, JsonNode args) {
        String id = required(args, "index_id");
        return indexes.stream().filter(i -> i.id().equals(id) || i.exportConfigId().equals(id)).findFirst()
                .map(Index::id)
                .orElseThrow(() -> new IllegalArgumentException("index_id must be one of this turn's indexes"));
    }

    private static String required(JsonNode args, String field) {
        JsonNode value = args.path(field);
        if (!value.isTextual() || value.asText().isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.asText();
    }

    private static Optional<String> text(JsonNode args, String field) {
        return args.path(field).isTextual() ? Optional.of(args.get(field).asText()) : Optional.empty();
    }

    private static Outcome error(String message) {
        return new Outcome(Json.mapper().createObjectNode().put("error", message), null);
    }
}
