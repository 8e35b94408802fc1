package dev.quire.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.chat.ChatService;
import dev.quire.chat.TurnService;
import dev.quire.http.RequestScope;
import dev.quire.indexes.IndexFileStore;
import dev.quire.indexes.IndexService;
import dev.quire.retrieval.FileTools;
import dev.quire.retrieval.RetrievalService;
import dev.quire.telemetry.Metrics;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema;
import io.opentelemetry.api.trace.Tracer;
import jakarta.servlet.http.HttpServlet;
import java.util.Map;

/**
 * The MCP server: the SDK's Streamable HTTP servlet transport (mounted at {@link #PATH} in the same
 * Jetty as the REST API, behind the same key check) and a sync server with Quire's tools and resources.
 * Each request's project scope and trace context reach the tools through the SDK's transport context,
 * so a session never outlives the key that makes each call: every request is authenticated anew.
 */
public final class McpEndpoint implements AutoCloseable {
    public static final String PATH = "/mcp";

    private final HttpServletStreamableServerTransportProvider transport;
    private final McpSyncServer server;

    public McpEndpoint(Services services, Metrics metrics, Tracer tracer, String version) {
        McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
        this.transport = HttpServletStreamableServerTransportProvider.builder().jsonMapper(json).mcpEndpoint(PATH)
                .contextExtractor(req -> McpTransportContext.create(Map.of(
                        QuireTools.SCOPE, RequestScope.of(req),
                        QuireTools.TRACE, RequestScope.traceContext(req))))
                .build();
        QuireTools tools = new QuireTools(services.indexes(), services.retrieval(), services.files(),
                services.parsedFiles(), new AskTool(services.chat(), services.turns()), metrics, tracer);
        this.server = McpServer.sync(transport).serverInfo("quire", version).jsonMapper(json)
                .instructions("Quire holds this project's indexed documents. Call list_indexes first, then retrieve "
                        + "to search, find_files/grep_file/read_file to look closer, or ask for a cited answer.")
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).resources(false, false).build())
                .tools(tools.specifications(json))
                .resourceTemplates(new ParsedFileResources(services.files()).specification())
                .build();
    }

    /** The services the tools call: the same instances the REST routes use. */
    public record Services(IndexService indexes, RetrievalService retrieval, FileTools files,
                           IndexFileStore parsedFiles, ChatService chat, TurnService turns) {}

    public HttpServlet servlet() {
        return transport;
    }

    @Override
    public void close() {
        server.closeGracefully();
    }
}
