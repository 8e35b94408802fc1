package com.llamacloud_prod.api.example;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real HTTP proxy in front of Quire that loses the answer to the first attempt of every POST carrying
 * an Idempotency-Key: it forwards the request (so the server does the work), then gives the client a
 * 503 or cuts the response off, the way a failing load balancer or network does.
 */
final class FlakyProxy implements AutoCloseable {
    enum Failure { STATUS_503, CUT_CONNECTION }

    /** One forwarded request: what the SDK sent and what Quire answered. */
    record Forwarded(String method, String path, String idempotencyKey, int status, String replayed) {}

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect",
            "upgrade", "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Set<String> failedKeys = ConcurrentHashMap.newKeySet();
    private final List<Forwarded> forwarded = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Failure failure = Failure.STATUS_503;

    FlakyProxy(String target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void failWith(Failure failure) {
        this.failure = failure;
    }

    List<Forwarded> forwarded() {
        synchronized (forwarded) {
            return List.copyOf(forwarded);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (Map.Entry<String, List<String>> h : exchange.getRequestHeaders().entrySet()) {
                if (!NOT_FORWARDED.contains(h.getKey().toLowerCase(Locale.ROOT))) {
                    h.getValue().forEach(v -> request.header(h.getKey(), v));
                }
            }
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            forwarded.add(new Forwarded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), key,
                    response.statusCode(), response.headers().firstValue("Idempotent-Replayed").orElse(null)));
            if (exchange.getRequestMethod().equals("POST") && key != null && failedKeys.add(key)) {
                loseAnswer(exchange);
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                exchange.getResponseBody().write(answer);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void loseAnswer(HttpExchange exchange) throws IOException {
        if (failure == Failure.STATUS_503) {
            byte[] body = "{\"detail\": \"upstream connection lost\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
        } else {
            // Promise a body and send only part of it: the client sees the connection end mid-answer.
            exchange.sendResponseHeaders(200, 1000);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"id\": ".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
