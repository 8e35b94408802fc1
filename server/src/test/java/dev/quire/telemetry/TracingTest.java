package dev.quire.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import com.sun.net.httpserver.HttpServer;
import dev.quire.Config;
import dev.quire.testing.HttpApi;
import dev.quire.testing.Multipart;
import dev.quire.testing.SseClient;
import dev.quire.testing.TestServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Traces exported to a real OTLP/HTTP receiver started here, which decodes the protobuf payload the
 * server sends (ExportTraceServiceRequest): a server span per request carrying its request id, and
 * the spans of the work below it (sync: parse, chunk, embed, Lucene; retrieve: embed, Lucene; chat:
 * turn, model calls, tool calls).
 */
class TracingTest {
    @TempDir
    static Path dataDir;
    static HttpServer receiver;
    static final List<Span> spans = new CopyOnWriteArrayList<>();
    static final List<String> serviceNames = new CopyOnWriteArrayList<>();
    static final List<String> contentTypes = new CopyOnWriteArrayList<>();
    static TestServer server;
    static String indexId;

    @BeforeAll
    static void start() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/v1/traces", exchange -> {
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            try (InputStream in = exchange.getRequestBody()) {
                ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(in.readAllBytes());
                for (ResourceSpans rs : request.getResourceSpansList()) {
                    rs.getResource().getAttributesList().stream().filter(a -> a.getKey().equals("service.name"))
                            .forEach(a -> serviceNames.add(a.getValue().getStringValue()));
                    for (ScopeSpans ss : rs.getScopeSpansList()) {
                        spans.addAll(ss.getSpansList());
                    }
                }
            }
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        receiver.start();
        Config config = Config.forTesting(dataDir, TestServer.ADMIN_KEY);
        server = TestServer.start(config.withObservability(new Config.Observability(false,
                Optional.of("http://127.0.0.1:" + receiver.getAddress().getPort() + "/v1/traces"), "quire-test", 100)));
        String dir = server.post("/api/v1/beta/directories", "{\"name\": \"t\"}").json().get("id").asText();
        HttpApi.Response up = server.upload("/api/v1/beta/directories/" + dir + "/files/upload", new Multipart()
                .file("upload_file", "tea.txt", "text/plain",
                        "Green tea is brewed at eighty degrees for two minutes.".getBytes(StandardCharsets.UTF_8)));
        assertThat(up.status()).isEqualTo(200);
        indexId = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}").json().get("id").asText();
        long deadline = System.currentTimeMillis() + 180_000;
        while (!server.get("/api/v1/indexes/" + indexId).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(System.currentTimeMillis()).as("index ready in time").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        receiver.stop(0);
    }

    private static String attribute(Span span, String key) {
        for (KeyValue kv : span.getAttributesList()) {
            if (kv.getKey().equals(key)) {
                return kv.getValue().hasStringValue() ? kv.getValue().getStringValue()
                        : Long.toString(kv.getValue().getIntValue());
            }
        }
        return null;
    }

    /** Waits (the exporter batches every 100 ms) for a span that matches. */
    private static Span await(String what, Predicate<Span> match) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Optional<Span> found = spans.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no span " + what + " among " + spans.stream().map(Span::getName).toList());
    }

    private static Span child(Span parent, String name) throws InterruptedException {
        return await(name + " under " + parent.getName(), s -> s.getName().equals(name)
                && s.getParentSpanId().equals(parent.getSpanId()) && s.getTraceId().equals(parent.getTraceId()));
    }

    @Test
    void a_retrieve_request_is_a_server_span_with_its_request_id_over_embed_and_lucene() throws Exception {
        HttpApi.Response r = server.post("/api/v1/retrieval/retrieve",
                "{\"index_id\": \"" + indexId + "\", \"query\": \"green tea\"}");
        assertThat(r.status()).isEqualTo(200);
        String requestId = r.header("x-request-id");
        Span request = await("for request " + requestId, s -> requestId.equals(attribute(s, "quire.request_id")));
        assertThat(request.getName()).isEqualTo("POST /api/v1/retrieval/retrieve");
        assertThat(request.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(request.getParentSpanId()).isEqualTo(ByteString.EMPTY);
        assertThat(attribute(request, "http.response.status_code")).isEqualTo("200");
        Span retrieve = child(request, "retrieve");
        // Both models embed the query, the second on another thread: its span still belongs to this retrieve.
        for (String model : List.of("BAAI/bge-small-en-v1.5", "sentence-transformers/all-MiniLM-L6-v2")) {
            await("embed query by " + model + " under retrieve", s -> s.getName().equals("embed query")
                    && model.equals(attribute(s, "quire.embed.model"))
                    && s.getParentSpanId().equals(retrieve.getSpanId()));
        }
        Span bm25 = child(retrieve, "lucene bm25");
        assertThat(attribute(bm25, "db.system")).isEqualTo("lucene");
        child(retrieve, "lucene vector");
        assertThat(serviceNames).contains("quire-test");
        assertThat(contentTypes).allMatch(t -> t.equals("application/x-protobuf"));
    }

    @Test
    void a_sync_batch_has_parse_chunk_and_embed_children() throws Exception {
        Span batch = await("ingest batch", s -> s.getName().equals("ingest batch"));
        child(batch, "parse");
        child(batch, "chunk");
        Span embed = child(batch, "embed");
        assertThat(attribute(embed, "quire.embed.texts")).isEqualTo("1");
        await("a Lucene write", s -> s.getName().equals("lucene replace_file"));
    }

    @Test
    void a_chat_turn_traces_model_and_tool_calls_under_its_request() throws Exception {
        String session = server.post("/api/v1/chat", "{\"index_ids\": [\"" + indexId + "\"]}").json()
                .get("session_id").asText();
        SseClient.Stream turn = SseClient.post(server.baseUrl(), "/api/v1/chat/" + session + "/messages/stream",
                TestServer.ADMIN_KEY, "{\"index_ids\": [\"" + indexId + "\"], \"prompt\": \"How hot for green tea?\"}");
        assertThat(turn.types()).contains("stop");
        String requestId = turn.headers().firstValue("x-request-id").orElseThrow();
        Span request = await("for request " + requestId, s -> requestId.equals(attribute(s, "quire.request_id")));
        assertThat(request.getName()).isEqualTo("POST /api/v1/chat/{session_id}/messages/stream");
        Span chat = child(request, "chat turn");
        child(chat, "model call");
        Span tool = child(chat, "tool retrieve");
        Span retrieve = child(tool, "retrieve");
        child(retrieve, "lucene bm25");
    }

    @Test
    void an_mcp_tool_call_is_a_tool_span_under_its_post_to_mcp() throws Exception {
        var transport = io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport
                .builder(server.baseUrl()).endpoint("/mcp")
                .requestBuilder(java.net.http.HttpRequest.newBuilder()
                        .header("Authorization", "Bearer " + TestServer.ADMIN_KEY))
                .build();
        try (var client = io.modelcontextprotocol.client.McpClient.sync(transport)
                .requestTimeout(java.time.Duration.ofSeconds(60)).build()) {
            client.initialize();
            var result = client.callTool(new io.modelcontextprotocol.spec.McpSchema.CallToolRequest("retrieve",
                    java.util.Map.of("query", "green tea", "index_ids", List.of(indexId))));
            assertThat(result.isError()).as(String.valueOf(result.content())).isFalse();
        }
        Span tool = await("tool retrieve from MCP", s -> s.getName().equals("tool retrieve")
                && "retrieve".equals(attribute(s, "mcp.tool")));
        Span post = await("its POST /mcp", s -> s.getSpanId().equals(tool.getParentSpanId()));
        assertThat(post.getName()).isEqualTo("POST /mcp");
        assertThat(post.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(attribute(post, "quire.request_id")).isNotBlank();
        child(child(tool, "retrieve"), "lucene vector");
    }

    @Test
    void requests_are_separate_traces() throws Exception {
        String first = server.get("/api/v1/indexes/" + indexId).header("x-request-id");
        String second = server.get("/api/v1/indexes/" + indexId).header("x-request-id");
        Span a = await(first, s -> first.equals(attribute(s, "quire.request_id")));
        Span b = await(second, s -> second.equals(attribute(s, "quire.request_id")));
        assertThat(a.getName()).isEqualTo("GET /api/v1/indexes/{index_id}");
        assertThat(a.getTraceId()).isNotEqualTo(b.getTraceId());
    }
}
