package dev.quire.cluster;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The load balancer of a local cluster: each request goes to the next node in turn, so consecutive
 * calls of one client land on different nodes (a connection-level balancer would pin a keep-alive
 * client to one node and prove nothing). Bodies are streamed both ways and flushed per read, so
 * Server-Sent Events pass through as they are written. Nodes the caller marks as down are skipped.
 */
public final class RoundRobinProxy implements AutoCloseable {
    // Hop-by-hop headers and those the JDK client sets itself.
    private static final Set<String> SKIPPED = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "upgrade", "proxy-connection", "host", "content-length", "expect");

    private final int nodes;
    private final IntFunction<String> nodeUrl;
    private static final String MCP_SESSION = "Mcp-Session-Id";

    private final AtomicInteger next = new AtomicInteger();
    private final java.util.concurrent.ConcurrentHashMap<String, Integer> mcpSessions =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cluster-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * Proxies 127.0.0.1:{@code port} (0 = any free port) to {@code nodes} nodes; {@code nodeUrl} gives a
     * node's current base URL (a restarted node has a new port), or null while it is down.
     */
    public RoundRobinProxy(int port, int nodes, IntFunction<String> nodeUrl) {
        this.nodes = nodes;
        this.nodeUrl = nodeUrl;
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::forward);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private int pickNode() {
        for (int i = 0; i < nodes; i++) {
            int node = Math.floorMod(next.getAndIncrement(), nodes);
            if (nodeUrl.apply(node) != null) {
                return node;
            }
        }
        throw new IllegalStateException("no node is up");
    }

    /**
     * The node of an MCP session (header {@code Mcp-Session-Id}), while it is up: an MCP session lives in
     * the memory of the node that opened it, so a balancer in front of Quire must keep it there, as
     * this one does. Everything else goes round-robin.
     */
    private int nodeFor(HttpExchange exchange) {
        String session = exchange.getRequestHeaders().getFirst(MCP_SESSION);
        Integer pinned = session == null ? null : mcpSessions.get(session);
        return pinned != null && nodeUrl.apply(pinned) != null ? pinned : pickNode();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            int node = nodeFor(exchange);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(nodeUrl.apply(node) + exchange.getRequestURI()))
                    .timeout(Duration.ofMinutes(10));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            String length = exchange.getRequestHeaders().getFirst("Content-Length");
            boolean hasBody = length != null ? Long.parseLong(length) > 0
                    : exchange.getRequestHeaders().containsKey("Transfer-encoding");
            InputStream body = exchange.getRequestBody();
            request.method(exchange.getRequestMethod(), hasBody
                    ? HttpRequest.BodyPublishers.ofInputStream(() -> body) : HttpRequest.BodyPublishers.noBody());
            HttpResponse<InputStream> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                byte[] error = ("{\"detail\":\"proxy: node unreachable\"}").getBytes();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(502, error.length);
                exchange.getResponseBody().write(error);
                return;
            }
            response.headers().firstValue(MCP_SESSION).ifPresent(session -> mcpSessions.put(session, node));
            response.headers().map().forEach((name, values) -> {
                if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            boolean empty = declared == 0 || "HEAD".equals(exchange.getRequestMethod())
                    || response.statusCode() == 204 || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : Math.max(declared, 0));
            try (InputStream in = response.body(); OutputStream out = exchange.getResponseBody()) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
