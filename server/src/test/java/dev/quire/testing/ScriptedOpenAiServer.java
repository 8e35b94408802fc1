package dev.quire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A fake LLM provider at the network edge: a real HTTP server speaking the streaming Chat
 * Completions protocol that answers each {@code POST /v1/chat/completions} with the next enqueued
 * {@link Script} and records every request it receives. Thread-safe.
 *
 * <pre>{@code
 * try (ScriptedOpenAiServer llm = ScriptedOpenAiServer.start()) {
 *     llm.enqueue(Script.toolCall("call_1", "retrieve", "{\"query\": \"x\"}"))
 *        .enqueue(Script.reasoning("Found it.").thenText("Hello ", "world").usage(12, 3));
 *     ChatModel model = new OpenAiChatModel(OpenAiChatConfig.of(llm.baseUrl(), Optional.empty(), "test-model"), counter);
 *     ... run the agent ...
 *     assertThat(llm.requests().get(1).messages().get(2).path("role").asText()).isEqualTo("tool");
 * }
 * }</pre>
 *
 * A request with no script left is answered 400 with an OpenAI-shaped error saying so; requests
 * to other paths get 404 and consume no script.
 */
public final class ScriptedOpenAiServer implements AutoCloseable {
    public static final String PATH = "/v1/chat/completions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ConcurrentLinkedQueue<Script> scripts = new ConcurrentLinkedQueue<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger disconnects = new AtomicInteger();
    private final CountDownLatch closed = new CountDownLatch(1);

    private ScriptedOpenAiServer(HttpServer server, ExecutorService handlers) {
        this.server = server;
        this.handlers = handlers;
    }

    /** Listens on 127.0.0.1 on a free port. */
    public static ScriptedOpenAiServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "scripted-openai");
                thread.setDaemon(true);
                return thread;
            });
            ScriptedOpenAiServer scripted = new ScriptedOpenAiServer(http, handlers);
            http.createContext("/", scripted::handle);
            http.setExecutor(handlers);
            http.start();
            return scripted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, without {@code /v1}. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Queues answers for the next requests, in order, one per request. */
    public ScriptedOpenAiServer enqueue(Script... next) {
        scripts.addAll(List.of(next));
        return this;
    }

    /** Every request received so far, in arrival order (recorded before it is answered). */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        List<RecordedRequest> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("no request received");
        }
        return all.get(all.size() - 1);
    }

    /** Scripts not yet played. */
    public int remainingScripts() {
        return scripts.size();
    }

    /**
     * Streams the client abandoned before their end. Noticed when a write fails, so only for
     * streams still sending (e.g. {@link Script#slow}), not for {@link Script#hang()}.
     */
    public int clientDisconnects() {
        return disconnects.get();
    }

    /** Waits until at least {@code count} client disconnects were noticed. */
    public boolean awaitClientDisconnects(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (disconnects.get() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    /** Closes the exchange only when answered in full; an IOException leaves the connection to be dropped. */
    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        requests.add(request);
        if (!"POST".equals(request.method()) || !PATH.equals(request.path())) {
            respond(exchange, 404, errorJson("ScriptedOpenAiServer serves only POST " + PATH));
        } else {
            Script script = scripts.poll();
            if (script == null) {
                respond(exchange, 400, errorJson("ScriptedOpenAiServer has no script left for request #"
                        + requests.size()));
            } else {
                play(script, exchange, request.json().path("model").asText("scripted-model"));
            }
        }
        exchange.close();
    }

    private void play(Script script, HttpExchange exchange, String model) throws IOException {
        script.headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        if (script.status != 200) {
            respond(exchange, script.status, script.errorBody);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        if (script.ending == Ending.HANG) {
            await(Duration.ofMinutes(5));
            return;
        }
        OutputStream out = exchange.getResponseBody();
        try {
            for (String block : script.blocks(model)) {
                if (!script.delay.isZero() && await(script.delay)) {
                    return;
                }
                out.write(block.getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            disconnects.incrementAndGet();
            throw e;
        }
        if (script.ending == Ending.DISCONNECT) {
            // An exception out of the handler makes HttpServer drop the connection mid-body.
            throw new IOException("scripted disconnect");
        }
    }

    /** Sleeps, cut short by close(); true when closed. */
    private boolean await(Duration duration) {
        try {
            return closed.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        JsonNode json;
        try {
            json = body.isEmpty() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (IOException e) {
            json = MissingNode.getInstance();
        }
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, body, json);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static String errorJson(String message) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error").put("message", message).put("type", "invalid_request_error");
        return error.toString();
    }

    /**
     * One received request. {@code headers} has lower-case names; {@code json} is the parsed body
     * (a missing node when it was not JSON).
     */
    public record RecordedRequest(String method, String path, Map<String, List<String>> headers, String body,
                                  JsonNode json) {
        public RecordedRequest {
            headers = Map.copyOf(headers);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT))).map(values -> values.get(0));
        }

        /** The {@code messages} array. */
        public JsonNode messages() {
            return json.path("messages");
        }

        /** The {@code tools} array (missing when none were offered). */
        public JsonNode tools() {
            return json.path("tools");
        }
    }

    private enum Ending { DONE, NO_DONE, DISCONNECT, HANG }

    private sealed interface Part {}

    private record Text(String text) implements Part {}

    private record Reasoning(String text) implements Part {}

    private record Call(String id, String name, String arguments) implements Part {}

    private record StreamError(String message) implements Part {}

    /**
     * One scripted answer: configure it, then {@link #enqueue} it (it is not safe to change it
     * afterwards). Streams like OpenAI: a role chunk, one chunk per text or reasoning delta, a tool
     * call as a header chunk then its arguments in three fragments, a finish chunk ("tool_calls"
     * when there are calls, else "stop"), the usage chunk when {@link #usage} was given, then
     * {@code data: [DONE]}.
     */
    public static final class Script {
        private final List<Part> parts = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private int status = 200;
        private String errorBody = "";
        private Ending ending = Ending.DONE;
        private Duration delay = Duration.ZERO;
        private Optional<int[]> usage = Optional.empty();
        private Optional<String> finishReason = Optional.empty();
        private String reasoningField = "reasoning_content";
        private Optional<List<String>> raw = Optional.empty();

        private Script() {}

        /** Text deltas, streamed one chunk each. */
        public static Script text(String... deltas) {
            return new Script().thenText(deltas);
        }

        /** Reasoning deltas; follow with {@link #thenText} or {@link #thenToolCall}. */
        public static Script reasoning(String... deltas) {
            return new Script().thenReasoning(deltas);
        }

        /** A tool call whose {@code arguments} (a JSON text, valid or not) arrive in fragments. */
        public static Script toolCall(String id, String name, String arguments) {
            return new Script().thenToolCall(id, name, arguments);
        }

        /** A plain (non-streamed) HTTP error, e.g. {@code error(500, "{\"error\":{\"message\":\"boom\"}}")}. */
        public static Script error(int status, String body) {
            if (status < 300) {
                throw new IllegalArgumentException("not an error status: " + status);
            }
            Script script = new Script();
            script.status = status;
            script.errorBody = body;
            return script;
        }

        /** Sends 200 and the event-stream headers, then nothing until the client gives up or the server closes. */
        public static Script hang() {
            Script script = new Script();
            script.ending = Ending.HANG;
            return script;
        }

        /** Exactly these lines as the body (each followed by a newline); no chunks or [DONE] added. */
        public static Script raw(String... lines) {
            Script script = new Script();
            script.raw = Optional.of(List.of(lines));
            return script;
        }

        public Script thenText(String... deltas) {
            for (String delta : deltas) {
                parts.add(new Text(delta));
            }
            return this;
        }

        public Script thenReasoning(String... deltas) {
            for (String delta : deltas) {
                parts.add(new Reasoning(delta));
            }
            return this;
        }

        /** Another tool call (the next index: parallel tool calls). */
        public Script thenToolCall(String id, String name, String arguments) {
            parts.add(new Call(id, name, arguments));
            return this;
        }

        /** Ends the stream with {@code data: {"error": {"message": ...}}} after what came before, without [DONE]. */
        public Script thenStreamError(String message) {
            parts.add(new StreamError(message));
            ending = Ending.NO_DONE;
            return this;
        }

        /** Drops the connection mid-body after what came before. */
        public Script thenDisconnect() {
            ending = Ending.DISCONNECT;
            return this;
        }

        /** Ends after the finish chunk without {@code data: [DONE]}. */
        public Script withoutDone() {
            ending = Ending.NO_DONE;
            return this;
        }

        /** Reports usage in a final {@code choices: []} chunk (no usage is reported otherwise). */
        public Script usage(int promptTokens, int completionTokens) {
            usage = Optional.of(new int[] {promptTokens, completionTokens});
            return this;
        }

        /** Waits this long before every chunk (idle timeouts, client disconnects). */
        public Script slow(Duration perChunk) {
            delay = perChunk;
            return this;
        }

        public Script header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Script retryAfter(int seconds) {
            return header("Retry-After", Integer.toString(seconds));
        }

        public Script finishReason(String reason) {
            finishReason = Optional.of(reason);
            return this;
        }

        /** The delta field reasoning goes in: "reasoning_content" (vLLM, DeepSeek; default) or "reasoning" (Ollama). */
        public Script reasoningField(String field) {
            reasoningField = field;
            return this;
        }

        /** The body as written, in blocks flushed one at a time. */
        List<String> blocks(String model) {
            if (raw.isPresent()) {
                return raw.get().stream().map(line -> line + "\n").toList();
            }
            List<String> blocks = new ArrayList<>();
            blocks.add(data(chunk(model, delta -> delta.put("role", "assistant").put("content", ""))));
            int toolIndex = 0;
            boolean streamError = false;
            for (Part part : parts) {
                if (part instanceof Text text) {
                    blocks.add(data(chunk(model, delta -> delta.put("content", text.text()))));
                } else if (part instanceof Reasoning reasoning) {
                    blocks.add(data(chunk(model, delta -> delta.put(reasoningField, reasoning.text()))));
                } else if (part instanceof Call call) {
                    blocks.addAll(toolCallBlocks(model, toolIndex++, call));
                } else if (part instanceof StreamError error) {
                    ObjectNode node = JSON.createObjectNode();
                    node.putObject("error").put("message", error.message()).put("type", "server_error");
                    blocks.add(data(node));
                    streamError = true;
                }
            }
            if (streamError) {
                return blocks;
            }
            String finish = finishReason.orElse(toolIndex > 0 ? "tool_calls" : "stop");
            ObjectNode last = chunk(model, delta -> {});
            ((ObjectNode) last.path("choices").path(0)).put("finish_reason", finish);
            blocks.add(data(last));
            usage.ifPresent(counts -> {
                ObjectNode node = chunk(model, delta -> {});
                node.putArray("choices");
                node.putObject("usage").put("prompt_tokens", counts[0]).put("completion_tokens", counts[1])
                        .put("total_tokens", counts[0] + counts[1]);
                blocks.add(data(node));
            });
            if (ending == Ending.DONE) {
                blocks.add("data: [DONE]\n\n");
            }
            return blocks;
        }

        private static List<String> toolCallBlocks(String model, int index, Call call) {
            List<String> blocks = new ArrayList<>();
            blocks.add(data(chunk(model, delta -> {
                ObjectNode fragment = delta.putArray("tool_calls").addObject().put("index", index)
                        .put("id", call.id()).put("type", "function");
                fragment.putObject("function").put("name", call.name()).put("arguments", "");
            })));
            for (String piece : thirds(call.arguments())) {
                blocks.add(data(chunk(model, delta -> delta.putArray("tool_calls").addObject().put("index", index)
                        .putObject("function").put("arguments", piece))));
            }
            return blocks;
        }

        private static List<String> thirds(String text) {
            List<String> pieces = new ArrayList<>();
            int start = 0;
            for (int i = 1; i <= 3; i++) {
                int end = i == 3 ? text.length() : text.length() * i / 3;
                if (end > start && end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                    end++;
                }
                end = Math.max(end, start);
                if (end > start) {
                    pieces.add(text.substring(start, end));
                }
                start = end;
            }
            return pieces;
        }

        private static ObjectNode chunk(String model, Consumer<ObjectNode> delta) {
            ObjectNode chunk = JSON.createObjectNode().put("id", "chatcmpl-scripted").put("object", "chat.completion.chunk")
                    .put("created", 1_700_000_000L).put("model", model);
            ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
            delta.accept(choice.putObject("delta"));
            choice.putNull("finish_reason");
            return chunk;
        }

        private static String data(JsonNode payload) {
            return "data: " + payload + "\n\n";
        }
    }
}
