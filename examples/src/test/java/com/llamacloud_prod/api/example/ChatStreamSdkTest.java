package com.llamacloud_prod.api.example;

import com.llamacloud_prod.api.core.MultipartField;
import com.llamacloud_prod.api.core.JsonValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClientAsync;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import com.llamacloud_prod.api.core.http.StreamResponse;
import com.llamacloud_prod.api.errors.BadRequestException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Java SDK against a live server: chat turns streamed as typed events, then read back. */
@ExtendWith(LiveServerExtension.class)
class ChatStreamSdkTest {
    static LiveServer server;
    static LlamaCloudClient client;
    static String teaIndex;
    static String otherIndex;

    @BeforeAll
    static void start(LiveServer live) throws Exception {
        server = live;
        client = server.client();
        teaIndex = index("tea", "tea.txt", "Green tea should be brewed at about eighty degrees for two minutes.");
        otherIndex = index("parking", "parking.txt", "Parking spaces are assigned by the facilities team.");
    }

    @Test
    void two_turns_on_a_bound_session_stream_ordered_events_and_are_stored_without_deltas() {
        String session = client.beta().chat().create(ChatCreateParams.builder().addIndexId(teaIndex).build()).sessionId();

        ChatStreamResponse first = client.beta().chat().stream(session, turn(teaIndex, "How should green tea be brewed?"));
        assertTurnInvariants(first.events(), "How should green tea be brewed?");
        assertThat(first.text()).contains("eighty degrees");
        ChatEvent.ToolCall call = first.events().stream().flatMap(e -> e.toolCall().stream()).findFirst().orElseThrow();
        assertThat(call.name()).isEqualTo("retrieve");

        ChatStreamResponse second = client.beta().chat().stream(session, turn(teaIndex, "And for how long?"));
        assertTurnInvariants(second.events(), "And for how long?");

        ChatRetrieveResponse stored = client.beta().chat().retrieve(session);
        List<ChatEvent> expected = new ArrayList<>();
        for (ChatStreamResponse turn : List.of(first, second)) {
            turn.events().stream().filter(e -> !e.isTextDelta() && !e.isThinkingDelta()).forEach(expected::add);
        }
        // The history's events (ChatRetrieveResponse.Event, as in LlamaCloud's SDK) carry the streamed JSON.
        assertThat(stored.events()).extracting(e -> e._json().orElseThrow())
                .isEqualTo(expected.stream().map(e -> e._json().orElseThrow()).collect(Collectors.toList()));
        assertThat(stored.events()).noneMatch(e -> e.isTextDelta() || e.isThinkingDelta() || e.isUnknown());
        assertThat(stored.generatedTitle()).contains("How should green tea be brewed?");
        assertThat(stored.indexIds()).contains(List.of(teaIndex));

        ChatEvent.Stop stop = second.stop().orElseThrow();
        ChatRetrieveResponse.JobMetadata job = stored.jobMetadata().orElseThrow();
        assertThat(job.isError()).contains(stop.isError());
        assertThat(job.error()).isEqualTo(stop.error());
        assertThat(job.durationMs()).isEqualTo(stop.usage().durationMs());
        assertThat(job.totalInputTokens()).isEqualTo(stop.usage().totalInputTokens());
        assertThat(job.totalOutputTokens()).isEqualTo(stop.usage().totalOutputTokens());
        assertThat(job.turns()).isEqualTo(stop.usage().turns());
        assertThat(job.exportConfigIds()).hasValueSatisfying(ids -> assertThat(ids).hasSize(1));
    }

    @Test
    void a_different_index_set_on_a_later_turn_is_a_bad_request() {
        String session = client.beta().chat().create(ChatCreateParams.builder().addIndexId(teaIndex).build()).sessionId();
        client.beta().chat().stream(session, turn(teaIndex, "What is in the tea notes?"));

        assertThatThrownBy(() -> client.beta().chat().stream(session, turn(otherIndex, "And parking?")))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("index_ids are locked for this session");
        assertThatThrownBy(() -> client.beta().chat().streamEvents("ses-00000000-0000-4000-8000-000000000000",
                turn(teaIndex, "Anyone there?"))).isInstanceOf(NotFoundException.class);
        assertThat(client.beta().chat().retrieve(session).events().stream().filter(ChatRetrieveResponse.Event::isUserInput).count())
                .isEqualTo(1);
    }

    @Test
    void a_listener_sees_each_event_as_it_arrives_and_the_iterator_yields_the_same_kinds() {
        String session = client.beta().chat().create().sessionId();
        List<ChatEvent> heard = new ArrayList<>();
        StringBuilder live = new StringBuilder();

        ChatStreamResponse turn = client.beta().chat().stream(session, turn(teaIndex, "Brewing temperature?"), event -> {
            heard.add(event);
            event.textDelta().ifPresent(delta -> live.append(delta.content()));
        });

        assertThat(heard).isEqualTo(turn.events());
        assertTurnInvariants(heard, "Brewing temperature?");
        assertThat(live.toString()).isEqualTo(turn.text());

        List<ChatEvent> iterated = new ArrayList<>();
        try (StreamResponse<ChatEvent> events = client.beta().chat().streamEvents(session, turn(otherIndex, "Parking?"))) {
            events.forEach(iterated::add);
        }
        assertTurnInvariants(iterated, "Parking?");
        assertThat(iterated.get(iterated.size() - 1).asStop().isError()).isFalse();
    }

    @Test
    void closing_the_iterator_early_still_lets_the_turn_finish_on_the_server() throws Exception {
        String session = client.beta().chat().create().sessionId();
        try (StreamResponse<ChatEvent> events = client.beta().chat().streamEvents(session, turn(teaIndex, "Tea?"))) {
            assertThat(events.iterator().next().isUserInput()).isTrue();
        }
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<ChatRetrieveResponse.Event> stored = client.beta().chat().retrieve(session).events();
        while (stored.stream().noneMatch(ChatRetrieveResponse.Event::isStop) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            stored = client.beta().chat().retrieve(session).events();
        }
        // Same JSON, read as the stream's event class for the shared checks.
        assertTurnInvariants(stored.stream().map(e -> JsonValue.from(e).convert(ChatEvent.class)).collect(Collectors.toList()),
                "Tea?");
    }

    @Test
    void the_async_client_completes_a_turn_with_the_same_events_the_session_stores() throws Exception {
        LlamaCloudClientAsync async = LlamaCloudOkHttpClientAsync.builder()
                .baseUrl(server.baseUrl()).apiKey(server.key()).maxRetries(0).responseValidation(true).build();
        try {
            String session = async.beta().chat().create(ChatCreateParams.builder().addIndexId(teaIndex).build())
                    .get(30, TimeUnit.SECONDS).sessionId();

            ChatStreamResponse turn = async.beta().chat().stream(session, turn(teaIndex, "How should green tea be brewed?"))
                    .get(120, TimeUnit.SECONDS);

            assertThat(turn.validate().stop()).isPresent();
            assertThat(turn.events().get(0).isUserInput()).isTrue();
            assertThat(turn.text()).isNotBlank();
            List<ChatRetrieveResponse.Event> stored = async.beta().chat().retrieve(session).get(30, TimeUnit.SECONDS).events();
            assertThat(stored.stream().map(e -> e._json().orElseThrow()).collect(Collectors.toList()))
                    .isEqualTo(turn.events().stream().filter(e -> !e.isTextDelta() && !e.isThinkingDelta())
                            .map(e -> e._json().orElseThrow()).collect(Collectors.toList()));
            assertThatThrownBy(() -> async.beta().chat().stream("no-such-session", turn(teaIndex, "Tea?")).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
        } finally {
            async.close();
        }
    }

    private static ChatStreamParams turn(String indexId, String prompt) {
        return ChatStreamParams.builder().addIndexId(indexId).prompt(prompt).build();
    }

    /** The ordering invariants of the contract (§11.2) for one turn. */
    private static void assertTurnInvariants(List<ChatEvent> events, String prompt) {
        List<String> types = events.stream().map(e -> e.type().orElse("?")).collect(Collectors.toList());
        assertThat(events).as("types %s", types).isNotEmpty();
        assertThat(events.get(0).asUserInput().content()).isEqualTo(prompt);
        assertThat(events.get(events.size() - 1).isStop()).as("types %s", types).isTrue();
        assertThat(events.stream().filter(ChatEvent::isStop).count()).as("types %s", types).isEqualTo(1);
        assertThat(events).as("types %s", types).anyMatch(ChatEvent::isText);

        Set<String> calls = new HashSet<>();
        Set<String> results = new HashSet<>();
        StringBuilder textDeltas = new StringBuilder();
        StringBuilder thinkingDeltas = new StringBuilder();
        for (ChatEvent event : events) {
            event.toolCall().ifPresent(call -> assertThat(calls.add(call.callId())).as("unique call id").isTrue());
            event.toolResult().ifPresent(result -> {
                assertThat(calls).as("tool_call before its tool_result").contains(result.callId());
                assertThat(results.add(result.callId())).as("one result per call").isTrue();
            });
            event.textDelta().ifPresent(delta -> textDeltas.append(delta.content()));
            event.thinkingDelta().ifPresent(delta -> thinkingDeltas.append(delta.content()));
            event.text().ifPresent(text -> {
                if (textDeltas.length() > 0) {
                    assertThat(text.content()).isEqualTo(textDeltas.toString());
                }
                textDeltas.setLength(0);
            });
            event.thinking().ifPresent(thinking -> {
                if (thinkingDeltas.length() > 0) {
                    assertThat(thinking.content()).isEqualTo(thinkingDeltas.toString());
                }
                thinkingDeltas.setLength(0);
            });
        }
        assertThat(textDeltas).as("text deltas closed by a text event").isEmpty();
        assertThat(results).as("every tool_call has a tool_result").isEqualTo(calls);
    }

    /** An index over one uploaded text file, built and synced through the SDK. */
    private static String index(String name, String fileName, String text) throws InterruptedException {
        String dir = client.beta().directories().create(DirectoryCreateParams.builder().name(name).build()).id();
        client.beta().directories().files().upload(dir, FileUploadParams.builder()
                .uploadFile(MultipartField.of(text.getBytes(StandardCharsets.UTF_8), fileName)).build());
        String id = client.beta().indexes().create(IndexCreateParams.builder().sourceDirectoryId(dir).build()).id();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (true) {
            IndexGetResponse index = client.beta().indexes().get(id);
            String status = index.metadata().map(m -> m._additionalProperties().get("status")).flatMap(JsonValue::asString).orElse("");
            assertThat(status).as("index %s: %s", id, index).isNotEqualTo("failed");
            if (status.equals("ready")) {
                return id;
            }
            assertThat(Instant.now()).as("index %s ready in time", id).isBefore(deadline);
            Thread.sleep(200);
        }
    }
}
