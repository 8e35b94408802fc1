package dev.quire.chat.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.ingest.TokenCounter;
import dev.quire.testing.ScriptedOpenAiServer;
import dev.quire.testing.ScriptedOpenAiServer.RecordedRequest;
import dev.quire.testing.ScriptedOpenAiServer.Script;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against {@link ScriptedOpenAiServer}, a real HTTP server speaking the streaming protocol. */
class OpenAiChatModelTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-secret-0123456789";
    private static final TokenCounter WORDS = text -> text.isBlank() ? 0 : text.strip().split("\\s+").length;
    private static final ModelRequest HELLO = new ModelRequest(List.of(new ModelMessage.User("Say hello")), List.of());

    private final ScriptedOpenAiServer llm = ScriptedOpenAiServer.start();
    private final Recorder listener = new Recorder();

    @AfterEach
    void stop() {
        llm.close();
    }

    private OpenAiChatConfig config() {
        return OpenAiChatConfig.of(llm.baseUrl(), Optional.of(KEY), "test-model")
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    private OpenAiChatModel model(OpenAiChatConfig config) {
        return new OpenAiChatModel(config, WORDS, new Backoff(Duration.ofMillis(10), Duration.ofMillis(40)));
    }

    private ModelReply complete(ModelRequest request) {
        return model(config()).complete(request, listener);
    }

    @Test
    void streams_text_deltas_in_order() {
        llm.enqueue(Script.text("Hello", " wor", "ld!"));

        ModelReply reply = complete(HELLO);

        assertThat(listener.events).containsExactly("text:Hello", "text: wor", "text:ld!");
        assertThat(reply.text()).isEqualTo("Hello world!");
        assertThat(reply.reasoning()).isEmpty();
        assertThat(reply.toolCalls()).isEmpty();
    }

    @Test
    void streams_reasoning_before_the_answer() {
        llm.enqueue(Script.reasoning("Let me ", "think.").thenText("Hi."));

        ModelReply reply = complete(HELLO);

        assertThat(listener.events).containsExactly("reasoning:Let me ", "reasoning:think.", "text:Hi.");
        assertThat(reply.reasoning()).isEqualTo("Let me think.");
        assertThat(reply.text()).isEqualTo("Hi.");
    }

    @Test
    void reads_reasoning_under_either_field_name() {
        llm.enqueue(Script.reasoning("hmm").reasoningField("reasoning").thenText("ok"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.reasoning()).isEqualTo("hmm");
        assertThat(listener.events).containsExactly("reasoning:hmm", "text:ok");
    }

    @Test
    void assembles_a_tool_call_from_argument_fragments() {
        llm.enqueue(Script.toolCall("call_1", "retrieve", "{\"query\": \"vacation policy\", \"top_k\": 5}"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.toolCalls()).containsExactly(new ToolCall("call_1", "retrieve",
                json("{\"query\": \"vacation policy\", \"top_k\": 5}")));
        assertThat(reply.text()).isEmpty();
        assertThat(listener.events).isEmpty();
    }

    @Test
    void assembles_parallel_tool_calls_in_index_order() {
        llm.enqueue(Script.text("Looking.").thenToolCall("call_a", "retrieve", "{\"query\": \"a\"}")
                .thenToolCall("call_b", "grep", "{\"pattern\": \"b+\"}"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.text()).isEqualTo("Looking.");
        assertThat(reply.toolCalls()).containsExactly(
                new ToolCall("call_a", "retrieve", json("{\"query\": \"a\"}")),
                new ToolCall("call_b", "grep", json("{\"pattern\": \"b+\"}")));
    }

    @Test
    void passes_invalid_tool_arguments_on_as_raw_text() {
        llm.enqueue(Script.toolCall("call_1", "retrieve", "{\"query\": \"unterminated"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.toolCalls().get(0).arguments()).isEqualTo(json("{\"_raw\": \"{\\\"query\\\": \\\"unterminated\"}"));
    }

    @Test
    void reports_the_providers_usage() {
        llm.enqueue(Script.text("Hello ", "world").usage(12, 3));

        ModelReply reply = complete(HELLO);

        assertThat(reply.inputTokens()).contains(12);
        assertThat(reply.outputTokens()).contains(3);
    }

    @Test
    void counts_usage_with_the_tokenizer_when_the_provider_reports_none() {
        llm.enqueue(Script.reasoning("two words").thenText("three more words")
                .thenToolCall("call_1", "retrieve", "{\"query\": \"x y\"}"));
        ToolSpec tool = new ToolSpec("retrieve", "Search", json("{\"type\":\"object\"}"));
        ModelRequest request = new ModelRequest(List.of(new ModelMessage.System("You are terse."),
                new ModelMessage.User("Say hello please")), List.of(tool));

        ModelReply reply = complete(request);

        int toolJson = WORDS.count(ChatCompletionsJson.tool(tool).toString());
        assertThat(reply.inputTokens()).contains(3 + 3 + toolJson);
        assertThat(reply.outputTokens()).contains(2 + 3 + WORDS.count("{\"query\": \"x y\"}"));
    }

    @Test
    void sends_the_conversation_and_tools_in_the_chat_completions_shape() {
        llm.enqueue(Script.text("ok"));
        ModelRequest request = new ModelRequest(List.of(
                new ModelMessage.System("Be brief."),
                new ModelMessage.User("What is the policy?"),
                new ModelMessage.Assistant("", List.of(new ToolCall("call_1", "retrieve", json("{\"query\":\"policy\"}")))),
                new ModelMessage.Tool("call_1", "retrieve", json("[{\"text\":\"20 days\"}]")),
                new ModelMessage.Assistant("20 days.", List.of()),
                new ModelMessage.User("Thanks")),
                List.of(new ToolSpec("retrieve", "Search the indexes",
                        json("{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\"}}}"))));

        model(config().withSampling(Optional.of(0.2), Optional.of(512))).complete(request, listener);

        RecordedRequest sent = llm.lastRequest();
        assertThat(sent.path()).isEqualTo("/v1/chat/completions");
        assertThat(sent.header("Authorization")).contains("Bearer " + KEY);
        assertThat(sent.json()).isEqualTo(json("""
                {"model": "test-model", "stream": true, "stream_options": {"include_usage": true},
                 "messages": [
                   {"role": "system", "content": "Be brief."},
                   {"role": "user", "content": "What is the policy?"},
                   {"role": "assistant", "content": null, "tool_calls": [
                     {"id": "call_1", "type": "function", "function": {"name": "retrieve", "arguments": "{\\"query\\":\\"policy\\"}"}}]},
                   {"role": "tool", "tool_call_id": "call_1", "content": "[{\\"text\\":\\"20 days\\"}]"},
                   {"role": "assistant", "content": "20 days."},
                   {"role": "user", "content": "Thanks"}],
                 "tools": [{"type": "function", "function": {"name": "retrieve", "description": "Search the indexes",
                   "parameters": {"type": "object", "properties": {"query": {"type": "string"}}}}}],
                 "temperature": 0.2, "max_tokens": 512}
                """));
    }

    @Test
    void sends_no_authorization_header_and_no_empty_tools_without_them() {
        llm.enqueue(Script.text("ok"));

        model(OpenAiChatConfig.of(llm.baseUrl(), Optional.empty(), "local")).complete(HELLO, listener);

        assertThat(llm.lastRequest().header("Authorization")).isEmpty();
        assertThat(llm.lastRequest().tools().isMissingNode()).isTrue();
        assertThat(llm.lastRequest().json().has("temperature")).isFalse();
    }

    @Test
    void retries_a_server_error_then_succeeds() {
        llm.enqueue(Script.error(500, "{\"error\":{\"message\":\"boom\"}}"), Script.text("fine"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.text()).isEqualTo("fine");
        assertThat(llm.requests()).hasSize(2);
        assertThat(llm.requests().get(1).json()).isEqualTo(llm.requests().get(0).json());
    }

    @Test
    void waits_as_long_as_retry_after_says_on_429() {
        llm.enqueue(Script.error(429, "{\"error\":{\"message\":\"Rate limit reached\"}}").retryAfter(1),
                Script.text("fine"));

        long start = System.nanoTime();
        ModelReply reply = complete(HELLO);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
        assertThat(reply.text()).isEqualTo("fine");
    }

    @Test
    void gives_up_after_the_configured_retries_with_the_providers_message() {
        for (int i = 0; i < 3; i++) {
            llm.enqueue(Script.error(503, "{\"error\":{\"message\":\"overloaded\"}}"));
        }
        llm.enqueue(Script.text("too late"));

        assertThatThrownBy(() -> model(config().withMaxRetries(2)).complete(HELLO, listener))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("LLM provider error 503: overloaded");
        assertThat(llm.requests()).hasSize(3);
    }

    @Test
    void fails_on_401_at_once_with_the_providers_message_and_never_the_key() {
        llm.enqueue(Script.error(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}"));

        assertThatThrownBy(() -> complete(HELLO))
                .isInstanceOf(ModelException.class)
                .hasMessage("LLM provider error 401: Incorrect API key provided: ***")
                .satisfies(e -> assertThat(String.valueOf(e)).doesNotContain(KEY));
        assertThat(llm.requests()).hasSize(1);
    }

    @Test
    void reads_other_providers_error_shapes() {
        llm.enqueue(Script.error(404, "{\"error\":\"model \\\"qwen\\\" not found, try pulling it first\"}"),
                Script.error(400, "{\"detail\":\"max_tokens is too large\"}"));

        assertThatThrownBy(() -> complete(HELLO))
                .hasMessage("LLM provider error 404: model \"qwen\" not found, try pulling it first");
        assertThatThrownBy(() -> complete(HELLO)).hasMessage("LLM provider error 400: max_tokens is too large");
    }

    @Test
    void never_replays_a_stream_that_broke_after_a_delta() {
        llm.enqueue(Script.text("Half an ans").thenDisconnect(), Script.text("replayed"));

        assertThatThrownBy(() -> complete(HELLO))
                .isInstanceOf(ModelException.class)
                .hasMessageContaining("stream broke off");
        assertThat(listener.events).containsExactly("text:Half an ans");
        assertThat(llm.remainingScripts()).isEqualTo(1);
    }

    @Test
    void reports_an_error_sent_inside_the_stream() {
        llm.enqueue(Script.text("Hal").thenStreamError("The server had an error while processing your request."),
                Script.text("replayed"));

        assertThatThrownBy(() -> complete(HELLO))
                .isInstanceOf(ModelException.class)
                .hasMessage("LLM provider error: The server had an error while processing your request.");
        assertThat(llm.remainingScripts()).isEqualTo(1);
    }

    @Test
    void retries_a_stream_that_broke_before_any_delta() {
        llm.enqueue(Script.text().thenDisconnect(), Script.text("second try"));

        ModelReply reply = complete(HELLO);

        assertThat(reply.text()).isEqualTo("second try");
        assertThat(listener.events).containsExactly("text:second try");
    }

    @Test
    void retries_then_fails_when_the_provider_cannot_be_reached() {
        URI closed = llm.baseUrl();
        llm.close();
        OpenAiChatConfig config = OpenAiChatConfig.of(closed, Optional.of(KEY), "test-model");

        assertThatThrownBy(() -> model(config).complete(HELLO, listener))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("cannot reach the LLM provider: ")
                .hasMessageEndingWith("(gave up after 3 attempts)");
    }

    @Test
    void times_out_when_the_provider_goes_quiet() {
        llm.enqueue(Script.hang(), Script.text("not retried"));
        OpenAiChatConfig config = config().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofMillis(300));

        long start = System.nanoTime();
        assertThatThrownBy(() -> model(config).complete(HELLO, listener))
                .isInstanceOf(ModelException.class)
                .hasMessage("the LLM provider sent nothing for 300 ms (idle timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(llm.remainingScripts()).isEqualTo(1);
    }

    @Test
    void times_out_a_stream_that_keeps_going_past_the_request_timeout() {
        // 3 s of chunks, never 1 s apart: only the whole-request timeout can stop it.
        llm.enqueue(Script.text("a b c d e f g h i j k l m n o p q r s t".split(" ")).slow(Duration.ofMillis(150)));
        OpenAiChatConfig config = config().withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofSeconds(1));

        assertThatThrownBy(() -> model(config).complete(HELLO, listener))
                .isInstanceOf(ModelException.class)
                .hasMessage("the LLM provider did not finish within 800 ms (request timeout)");
    }

    @Test
    void drops_the_connection_when_the_listener_fails() throws InterruptedException {
        llm.enqueue(Script.text("one", "two", "three", "four", "five").slow(Duration.ofMillis(100)));
        ModelListener failing = new ModelListener() {
            @Override
            public void textDelta(String text) {
                throw new IllegalStateException("client went away");
            }

            @Override
            public void reasoningDelta(String text) {}
        };

        assertThatThrownBy(() -> model(config()).complete(HELLO, failing)).hasMessage("client went away");
        assertThat(llm.awaitClientDisconnects(1, Duration.ofSeconds(3))).isTrue();
    }

    @Test
    void stops_waiting_when_its_thread_is_interrupted() throws Exception {
        llm.enqueue(Script.hang());
        CompletableFuture<Throwable> failure = new CompletableFuture<>();
        Thread caller = new Thread(() -> {
            try {
                complete(HELLO);
                failure.complete(null);
            } catch (Throwable e) {
                failure.complete(Thread.currentThread().isInterrupted() ? e : new AssertionError("interrupt lost", e));
            }
        });
        caller.start();
        while (llm.requests().isEmpty()) {
            Thread.sleep(10);
        }

        caller.interrupt();

        assertThat(failure.get(3, TimeUnit.SECONDS)).isInstanceOf(ModelException.class)
                .hasMessage("the model call was interrupted");
    }

    @Test
    void ignores_comments_unknown_fields_and_a_missing_done() {
        llm.enqueue(Script.raw(": OPENROUTER PROCESSING", "",
                "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\",\"refusal\":null},\"logprobs\":null}],\"system_fingerprint\":\"x\"}",
                "",
                "event: message",
                "data:{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":4,\"completion_tokens\":1}}",
                ""));

        ModelReply reply = complete(HELLO);

        assertThat(reply.text()).isEqualTo("Hi");
        assertThat(reply.inputTokens()).contains(4);
    }

    @Test
    void accepts_a_base_url_with_or_without_v1() {
        for (String suffix : List.of("", "/", "/v1", "/v1/", "/v1/chat/completions")) {
            llm.enqueue(Script.text("ok"));
            URI base = URI.create(llm.baseUrl() + suffix);

            model(OpenAiChatConfig.of(base, Optional.empty(), "m")).complete(HELLO, listener);

            assertThat(llm.lastRequest().path()).as(suffix).isEqualTo("/v1/chat/completions");
        }
        assertThat(OpenAiChatConfig.of(URI.create("https://openrouter.ai/api/v1"), Optional.empty(), "m").completionsUrl())
                .hasToString("https://openrouter.ai/api/v1/chat/completions");
    }

    @Test
    void never_prints_the_key_in_its_configuration() {
        assertThat(config().toString()).doesNotContain(KEY).contains("apiKey=***");
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static final class Recorder implements ModelListener {
        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void textDelta(String text) {
            events.add("text:" + text);
        }

        @Override
        public void reasoningDelta(String text) {
            events.add("reasoning:" + text);
        }
    }
}
