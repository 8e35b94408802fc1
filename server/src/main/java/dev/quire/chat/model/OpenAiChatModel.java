package dev.quire.chat.model;

import dev.quire.ingest.TokenCounter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any OpenAI-compatible streaming Chat Completions endpoint (OpenAI, Ollama, vLLM, llama.cpp
 * server, LM Studio, OpenRouter). Thread-safe: one instance serves every chat.
 *
 * <pre>{@code
 * ChatModel model = new OpenAiChatModel(
 *         OpenAiChatConfig.of(URI.create("https://api.openai.com/v1"), Optional.of(key), "gpt-4.1-mini"),
 *         BertTokenCounter.load());
 * ModelReply reply = model.complete(new ModelRequest(messages, tools), listener);
 * }</pre>
 *
 * <p>Failures with status 429 or 5xx, and connection errors, are retried with back-off as long as
 * nothing reached the listener: a half-streamed answer is never replayed. Timeouts are not retried
 * (a silent provider would otherwise hold a turn for several times the timeout). Token usage is the
 * provider's when it reports it, otherwise an estimate made with the given {@link TokenCounter}.
 */
public final class OpenAiChatModel implements ChatModel {
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiChatModel.class);
    private static final int MAX_ERROR_BODY = 16 * 1024;
    private static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(60);
    private static final Duration DRAIN_AFTER_DONE = Duration.ofMillis(200);

    private final OpenAiChatConfig config;
    private final TokenCounter tokens;
    private final Backoff backoff;
    private final URI endpoint;
    private final HttpClient http;

    public OpenAiChatModel(OpenAiChatConfig config, TokenCounter tokens) {
        this(config, tokens, Backoff.DEFAULT);
    }

    OpenAiChatModel(OpenAiChatConfig config, TokenCounter tokens, Backoff backoff) {
        this.config = config;
        this.tokens = tokens;
        this.backoff = backoff;
        this.endpoint = config.completionsUrl();
        // HTTP/1.1: local servers mishandle the h2c upgrade the JDK client attempts on plain http.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout())
                .build();
    }

    @Override
    public ModelReply complete(ModelRequest request, ModelListener listener) {
        String body = ChatCompletionsJson.request(config, request).toString();
        for (int attempt = 0; ; attempt++) {
            try {
                return attempt(request, body, listener);
            } catch (Retryable failure) {
                if (attempt >= config.maxRetries()) {
                    String tries = attempt == 0 ? "" : " (gave up after " + (attempt + 1) + " attempts)";
                    throw new ModelException(failure.getMessage() + tries, failure.getCause());
                }
                if (failure.retryAfter.filter(wait -> wait.compareTo(MAX_RETRY_AFTER) > 0).isPresent()) {
                    throw new ModelException(failure.getMessage() + " (asked to retry after "
                            + failure.retryAfter.get().toSeconds() + " s)", failure.getCause());
                }
                Duration delay = backoff.delay(attempt, failure.retryAfter);
                LOG.warn("{} [{}]; retry {} of {} in {} ms", failure.getMessage(), endpoint, attempt + 1,
                        config.maxRetries(), delay.toMillis());
                sleep(delay);
            }
        }
    }

    private ModelReply attempt(ModelRequest request, String body, ModelListener listener) throws Retryable {
        long deadline = System.nanoTime() + config.requestTimeout().toNanos();
        try (LineStream stream = LineStream.open(http, httpRequest(body))) {
            LineStream.Event first = next(stream, deadline, config.requestTimeout());
            if (first instanceof LineStream.Failed failed) {
                throw new Retryable("cannot reach the LLM provider: " + describe(failed.error()),
                        Optional.empty(), failed.error());
            }
            LineStream.Head head = (LineStream.Head) first;
            if (head.status() / 100 != 2) {
                throw providerError(head, errorBody(stream, deadline));
            }
            return readEvents(stream, deadline, request, new StreamedReply(listener));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("the model call was interrupted", e);
        }
    }

    /**
     * One {@code data:} line is one chunk. SSE allows an event to span several data lines, but no
     * provider splits its JSON that way, and some omit the blank line between events.
     */
    private ModelReply readEvents(LineStream stream, long deadline, ModelRequest request, StreamedReply reply)
            throws InterruptedException, Retryable {
        StringBuilder notSse = new StringBuilder();
        while (true) {
            LineStream.Event event = next(stream, deadline, config.idleTimeout());
            if (event instanceof LineStream.Line line && line.text().startsWith("data:")) {
                String data = line.text().substring("data:".length()).strip();
                if (data.equals("[DONE]")) {
                    drain(stream);
                    return reply.finish(request, tokens);
                }
                if (!data.isEmpty()) {
                    reply.accept(ChatCompletionsJson.parse(data).orElseThrow(() -> new ModelException(
                            "LLM provider sent a malformed chunk: " + redact(ChatCompletionsJson.excerpt(data)))));
                }
            } else if (event instanceof LineStream.Line line) {
                if (!line.text().isEmpty() && !line.text().startsWith(":") && notSse.length() < 300) {
                    notSse.append(line.text()).append('\n'); // comments, event:, id: and retry: are ignored
                }
            } else if (event instanceof LineStream.End) {
                if (reply.finishReason().isPresent()) {
                    return reply.finish(request, tokens); // a server that omits [DONE]
                }
                if (notSse.length() > 0 && !reply.delivered()) {
                    throw new ModelException("LLM provider did not answer with an event stream: "
                            + redact(ChatCompletionsJson.excerpt(notSse.toString().strip())));
                }
                throw brokenOff(reply, "the stream ended before [DONE]", null);
            } else if (event instanceof LineStream.Failed failed) {
                throw brokenOff(reply, describe(failed.error()), failed.error());
            }
        }
    }

    /** Waits for the next event within the idle timeout and the attempt's deadline. */
    private LineStream.Event next(LineStream stream, long deadline, Duration idle) throws InterruptedException {
        long left = deadline - System.nanoTime();
        boolean idleFirst = idle.toNanos() < left;
        Optional<LineStream.Event> event = stream.next(idleFirst ? idle : Duration.ofNanos(left));
        if (event.isPresent()) {
            return event.get();
        }
        if (idleFirst) {
            throw new ModelException("the LLM provider sent nothing for " + seconds(idle) + " (idle timeout)");
        }
        throw new ModelException("the LLM provider did not finish within " + seconds(config.requestTimeout())
                + " (request timeout)");
    }

    private String errorBody(LineStream stream, long deadline) throws InterruptedException {
        StringBuilder body = new StringBuilder();
        while (body.length() < MAX_ERROR_BODY) {
            long left = deadline - System.nanoTime();
            Optional<LineStream.Event> event = stream.next(Duration.ofNanos(Math.min(left, config.idleTimeout().toNanos())));
            if (event.isEmpty() || !(event.get() instanceof LineStream.Line line)) {
                break;
            }
            body.append(line.text()).append('\n');
        }
        return body.toString();
    }

    /** Lets the response end cleanly after [DONE], so the connection can be reused. */
    private static void drain(LineStream stream) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_AFTER_DONE.toNanos();
        Optional<LineStream.Event> event;
        do {
            event = stream.next(Duration.ofNanos(deadline - System.nanoTime()));
        } while (event.filter(LineStream.Line.class::isInstance).isPresent());
    }

    private RuntimeException providerError(LineStream.Head head, String body) throws Retryable {
        int status = head.status();
        String message = "LLM provider error " + status + ": "
                + redact(body.isBlank() ? "(no message)" : ChatCompletionsJson.errorMessage(body));
        if (status == 429 || status >= 500) {
            throw new Retryable(message, retryAfter(head), null);
        }
        return new ModelException(message);
    }

    private ModelException brokenOff(StreamedReply reply, String why, Throwable cause) throws Retryable {
        String message = "the LLM provider's stream broke off: " + redact(why);
        if (!reply.delivered()) {
            throw new Retryable(message, Optional.empty(), cause);
        }
        return new ModelException(message, cause);
    }

    /** Seconds (Retry-After), or OpenAI's retry-after-ms; HTTP dates are ignored. */
    static Optional<Duration> retryAfter(LineStream.Head head) {
        try {
            Optional<String> millis = head.headers().firstValue("retry-after-ms");
            if (millis.isPresent()) {
                return Optional.of(Duration.ofMillis((long) Double.parseDouble(millis.get().strip())));
            }
            return head.headers().firstValue("retry-after")
                    .map(seconds -> Duration.ofMillis((long) (Double.parseDouble(seconds.strip()) * 1000)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private HttpRequest httpRequest(String body) {
        // No HttpRequest timeout: it would only cover the headers; next() enforces both timeouts.
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        config.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        return request.build();
    }

    /** Providers have been known to echo the key in error messages. */
    private String redact(String text) {
        return config.apiKey().map(key -> text.replace(key, "***")).orElse(text);
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String name = cause.getClass().getSimpleName();
        return cause.getMessage() == null ? name : name + ": " + cause.getMessage();
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelException("the model call was interrupted", e);
        }
    }

    /** A failure worth another attempt: nothing was streamed yet. */
    private static final class Retryable extends Exception {
        final Optional<Duration> retryAfter;

        Retryable(String message, Optional<Duration> retryAfter, Throwable cause) {
            super(message, cause, false, false);
            this.retryAfter = retryAfter;
        }
    }

    @Override
    public String toString() {
        return "OpenAiChatModel[" + config + "]";
    }
}
