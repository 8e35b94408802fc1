package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.http.StreamResponse;
import com.llamacloud_prod.api.errors.BadRequestException;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnexpectedStatusCodeException;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatStreamTest {

    /** The example stream of the contract (§11.2), with its elisions filled in. */
    static final String CONTRACT_EXAMPLE = ""
            + "event: message\n"
            + "data: {\"type\":\"user_input\",\"content\":\"What were the main findings in Q3?\"}\n\n"
            + "event: message\n"
            + "data: {\"type\":\"tool_call\",\"call_id\":\"call_01\",\"name\":\"retrieve\",\"arguments\":"
            + "{\"index_id\":\"idx-3f\",\"query\":\"Q3 main findings\",\"top_k\":8}}\n\n"
            + ": ping\n\n"
            + "event: message\n"
            + "data: {\"type\":\"tool_result\",\"call_id\":\"call_01\",\"name\":\"retrieve\",\"result\":"
            + "{\"results\":[]},\"image_attachment\":null}\n\n"
            + "event: delta\n"
            + "data: {\"type\":\"text_delta\",\"content\":\"Revenue grew \"}\n\n"
            + "event: delta\n"
            + "data: {\"type\":\"text_delta\",\"content\":\"12% in Q3.\"}\n\n"
            + "event: message\n"
            + "data: {\"type\":\"text\",\"content\":\"Revenue grew 12% in Q3.\"}\n\n"
            + "event: message\n"
            + "data: {\"type\":\"stop\",\"is_error\":false,\"error\":null,\"usage\":{\"duration_ms\":4180,"
            + "\"total_input_tokens\":2311,\"total_output_tokens\":96,\"turns\":2},\"skipped_index_ids\":[]}\n\n";

    private static final ChatStreamParams PARAMS = ChatStreamParams.builder()
            .addIndexId("idx-1")
            .prompt("What were the main findings in Q3?")
            .build();

    private MockApi api;

    @BeforeEach
    void start() throws IOException {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private void enqueueSse(String body, int chunkSize) {
        api.server.enqueue(new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "text/event-stream; charset=utf-8")
                .chunkedBody(body, chunkSize)
                .build());
    }

    @Test
    void stream_posts_the_turn_body_to_the_session_and_reads_the_contract_example() throws Exception {
        enqueueSse(CONTRACT_EXAMPLE, 7);

        ChatStreamResponse turn = api.client.beta().chat().stream("ses-1", ChatStreamParams.builder()
                .addIndexId("idx-1").addIndexId("idx-2").prompt("What were the main findings in Q3?")
                .requireAllIndexes(true).projectId("prj-1").build());

        RecordedRequest request = api.take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/chat/ses-1/messages/stream?project_id=prj-1");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
        JsonNode body = ObjectMappers.jsonMapper().readTree(request.getBody().utf8());
        assertThat(body.toString()).isEqualTo("{\"index_ids\":[\"idx-1\",\"idx-2\"],"
                + "\"prompt\":\"What were the main findings in Q3?\",\"require_all_indexes\":true}");

        List<ChatEvent> events = turn.events();
        assertThat(events).extracting(e -> e.type().orElseThrow()).containsExactly(
                "user_input", "tool_call", "tool_result", "text_delta", "text_delta", "text", "stop");
        assertThat(events.get(0).asUserInput().content()).isEqualTo("What were the main findings in Q3?");
        ChatEvent.ToolCall call = events.get(1).asToolCall();
        assertThat(call.callId()).isEqualTo("call_01");
        assertThat(call.name()).isEqualTo("retrieve");
        assertThat(call.arguments()._additionalProperties().get("top_k").asNumber()).contains(8);
        ChatEvent.ToolResult result = events.get(2).asToolResult();
        assertThat(result.callId()).isEqualTo("call_01");
        assertThat(result.imageAttachment()).isEmpty();
        assertThat(result._result().asObject().orElseThrow().get("results").asArray()).contains(List.of());
        assertThat(events.get(3).asTextDelta().content() + events.get(4).asTextDelta().content())
                .isEqualTo(events.get(5).asText().content());
        assertThat(turn.text()).isEqualTo("Revenue grew 12% in Q3.");
        ChatEvent.Stop stop = turn.stop().orElseThrow();
        assertThat(stop.isError()).isFalse();
        assertThat(stop.error()).isEmpty();
        assertThat(stop.usage().durationMs()).contains(4180.0);
        assertThat(stop.usage().totalInputTokens()).contains(2311L);
        assertThat(stop.usage().totalOutputTokens()).contains(96L);
        assertThat(stop.usage().turns()).contains(2L);
        assertThat(stop.skippedIndexIds()).contains(List.of());
    }

    @Test
    void unknown_event_names_comments_unknown_fields_and_unknown_types_are_tolerated() {
        enqueueSse(""
                + ": ping\n\n"
                + "retry: 1000\n"
                + "id: 7\n"
                + "event: message\n"
                + "data: {\"type\":\"user_input\",\"content\":\"hi\",\"novel\":1}\n\n"
                + "event: progress\n"
                + "data: {\"type\":\"text\",\"content\":\"from an unknown event name\"}\n\n"
                + ":another comment\n"
                + "event: message\n"
                + "data: {\"type\":\"hologram\",\"x\":[1,2]}\n\n"
                + "event: delta\r\n"
                + "data:{\"type\":\"text_delta\",\"content\":\"a\\nb\"}\r\n\r\n"
                + "data: {\"type\":\"text\",\"content\":\"a\\nb\"}\n\n"
                + "event: message\n"
                + "data: {\"type\":\"stop\",\"is_error\":true,\"error\":\"boom\",\"usage\":{\"duration_ms\":1.5,"
                + "\"total_input_tokens\":null,\"total_output_tokens\":null,\"turns\":0}}\n\n", 5);

        ChatStreamResponse turn = api.client.beta().chat().stream("ses-1", PARAMS);

        List<ChatEvent> events = turn.events();
        assertThat(events).extracting(e -> e.type().orElseThrow())
                .containsExactly("user_input", "hologram", "text_delta", "text", "stop");
        assertThat(events.get(0).asUserInput()._additionalProperties()).containsOnlyKeys("novel");
        ChatEvent unknown = events.get(1);
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown._json().orElseThrow().toString()).isEqualTo("{\"type\":\"hologram\",\"x\":[1,2]}");
        assertThat(unknown.accept(new TypeName())).isEqualTo("unknown");
        assertThat(events.get(2).asTextDelta().content()).isEqualTo("a\nb");
        ChatEvent.Stop stop = turn.stop().orElseThrow();
        assertThat(stop.isError()).isTrue();
        assertThat(stop.error()).contains("boom");
        assertThat(stop.usage().totalInputTokens()).isEmpty();
        assertThat(stop.skippedIndexIds()).isEmpty();
    }

    @Test
    void events_are_delivered_before_the_rest_of_the_body_is_sent() throws Exception {
        CountDownLatch firstSeen = new CountDownLatch(1);
        String first = "event: message\ndata: {\"type\":\"user_input\",\"content\":\"hi\"}\n\n";
        String rest = ": ping\n\nevent: delta\ndata: {\"type\":\"text_delta\",\"content\":\"x\"}\n\n"
                + "event: message\ndata: {\"type\":\"text\",\"content\":\"x\"}\n\n"
                + "event: message\ndata: {\"type\":\"stop\",\"is_error\":false,\"error\":null,\"usage\":{\"turns\":1}}\n\n";
        byte[] all = (first + rest).getBytes(StandardCharsets.UTF_8);
        api.server.enqueue(new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "text/event-stream")
                .body(new MockResponseBody() {
                    @Override
                    public long getContentLength() {
                        return all.length;
                    }

                    @Override
                    public void writeTo(BufferedSink sink) throws IOException {
                        sink.writeUtf8(first).flush();
                        try {
                            // Fails the stream (short body) unless the client handled event one first.
                            if (!firstSeen.await(5, TimeUnit.SECONDS)) {
                                throw new IOException("the first event was not delivered before the rest");
                            }
                        } catch (InterruptedException e) {
                            throw new IOException(e);
                        }
                        sink.writeUtf8(rest).flush();
                    }
                })
                .build());

        List<String> seen = new ArrayList<>();
        ChatStreamResponse turn = api.client.beta().chat().stream("ses-1", PARAMS, event -> {
            seen.add(event.type().orElseThrow());
            if (event.isUserInput()) {
                assertThat(firstSeen.getCount()).isEqualTo(1);
                firstSeen.countDown();
            }
        });

        assertThat(seen).containsExactly("user_input", "text_delta", "text", "stop");
        assertThat(turn.events()).hasSize(4);
    }

    @Test
    void iterator_reads_lazily_and_closing_early_releases_the_response() throws Exception {
        enqueueSse(ChatStreamTest.CONTRACT_EXAMPLE, 11);
        enqueueSse(ChatStreamTest.CONTRACT_EXAMPLE, 11);

        try (StreamResponse<ChatEvent> events = api.client.beta().chat().streamEvents("ses-1", PARAMS)) {
            Iterator<ChatEvent> it = events.iterator();
            assertThat(it.next().isUserInput()).isTrue();
            assertThat(it.next().isToolCall()).isTrue();
            assertThatThrownBy(events::iterator).isInstanceOf(IllegalStateException.class);
        }
        try (StreamResponse<ChatEvent> events = api.client.beta().chat().streamEvents("ses-1", PARAMS)) {
            assertThat(events.stream().filter(ChatEvent::isTextDelta).map(e -> e.asTextDelta().content()))
                    .containsExactly("Revenue grew ", "12% in Q3.");
        }
        assertThat(api.server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a_409_before_the_stream_is_a_conflict_and_is_not_retried() throws Exception {
        MockApi retrying = new MockApi(2);
        try {
            retrying.server.enqueue(new MockResponse.Builder().code(409).addHeader("x-should-retry", "false")
                    .addHeader("Content-Type", "application/json")
                    .body("{\"detail\":\"a turn is already running in this session\"}").build());

            assertThatThrownBy(() -> retrying.client.beta().chat().stream("ses-1", PARAMS))
                    .isInstanceOfSatisfying(UnexpectedStatusCodeException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(409);
                        assertThat(e.headers().values("x-should-retry")).containsExactly("false");
                        assertThat(e.getMessage()).contains("already running");
                    });
            assertThat(retrying.server.getRequestCount()).isEqualTo(1);
        } finally {
            retrying.close();
        }
    }

    @Test
    void error_statuses_before_the_stream_map_to_their_exception_family() {
        api.enqueue(400, "{\"detail\":\"index_ids are locked for this session\"}");
        api.enqueue(404, "{\"detail\":\"Session not found\"}");
        api.enqueue(422, "{\"detail\":[{\"type\":\"missing\",\"loc\":[\"body\",\"prompt\"],\"msg\":\"Field required\"}]}");

        assertThatThrownBy(() -> api.client.beta().chat().stream("ses-1", PARAMS))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("locked");
        assertThatThrownBy(() -> api.client.beta().chat().streamEvents("ses-1", PARAMS))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> api.client.beta().chat().stream("ses-1", PARAMS))
                .isInstanceOfSatisfying(LlamaCloudServiceException.class, e -> assertThat(e.statusCode()).isEqualTo(422));
    }

    @Test
    void a_500_before_the_stream_is_retried_like_any_call() throws Exception {
        MockApi retrying = new MockApi(2);
        try {
            retrying.server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "10")
                    .body("{\"detail\":\"busy\"}").build());
            retrying.server.enqueue(new MockResponse.Builder().code(200)
                    .addHeader("Content-Type", "text/event-stream").body(CONTRACT_EXAMPLE).build());

            assertThat(retrying.client.beta().chat().stream("ses-1", PARAMS).events()).hasSize(7);
            assertThat(retrying.server.getRequestCount()).isEqualTo(2);
        } finally {
            retrying.close();
        }
    }

    @Test
    void stream_params_require_index_ids_prompt_and_a_session_id() {
        assertThatThrownBy(() -> ChatStreamParams.builder().prompt("p").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("indexIds");
        assertThatThrownBy(() -> ChatStreamParams.builder().addIndexId("idx-1").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prompt");
        assertThatThrownBy(() -> api.client.beta().chat().stream(PARAMS))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("sessionId");
        ChatStreamParams params = PARAMS.toBuilder().sessionId("ses-9").build();
        assertThat(params.toBuilder().build()).isEqualTo(params);
        assertThat(params.requireAllIndexes()).isEmpty();
    }

    /** Names the variant, to check dispatch without the default {@code unknown} throwing. */
    private static final class TypeName implements ChatEvent.Visitor<String> {
        @Override
        public String visitStop(ChatEvent.Stop stop) {
            return "stop";
        }

        @Override
        public String visitTextDelta(ChatEvent.TextDelta textDelta) {
            return "text_delta";
        }

        @Override
        public String visitText(ChatEvent.Text text) {
            return "text";
        }

        @Override
        public String visitThinkingDelta(ChatEvent.ThinkingDelta thinkingDelta) {
            return "thinking_delta";
        }

        @Override
        public String visitThinking(ChatEvent.Thinking thinking) {
            return "thinking";
        }

        @Override
        public String visitToolCall(ChatEvent.ToolCall toolCall) {
            return "tool_call";
        }

        @Override
        public String visitToolResult(ChatEvent.ToolResult toolResult) {
            return "tool_result";
        }

        @Override
        public String visitUserInput(ChatEvent.UserInput userInput) {
            return "user_input";
        }

        @Override
        public String unknown(com.llamacloud_prod.api.core.JsonValue json) {
            return "unknown";
        }
    }
}
