package com.llamacloud_prod.api.services.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClientAsync;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamParams;
import com.llamacloud_prod.api.models.beta.chat.ChatStreamResponse;
import com.llamacloud_prod.api.models.files.File;
import com.llamacloud_prod.api.models.files.FileRetrieveParams;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The asynchronous chat turn ({@code chat().stream}) and {@code files().retrieve}. */
class AsyncStreamAndRetrieveTest {

    private static final String TURN = ""
            + "event: message\n"
            + "data: {\"type\":\"user_input\",\"content\":\"Q3?\"}\n\n"
            + ": ping\n\n"
            + "event: delta\n"
            + "data: {\"type\":\"text_delta\",\"content\":\"Revenue \"}\n\n"
            + "event: other\n"
            + "data: {\"ignored\":true}\n\n"
            + "event: message\n"
            + "data: {\"type\":\"text\",\"content\":\"Revenue grew.\"}\n\n"
            + "event: message\n"
            + "data: {\"type\":\"stop\",\"is_error\":false,\"error\":null,\"usage\":{\"duration_ms\":40,"
            + "\"total_input_tokens\":2,\"total_output_tokens\":3,\"turns\":1},\"skipped_index_ids\":[]}\n\n";
    private static final String FILE = "{\"id\":\"file-1\",\"name\":\"a.pdf\",\"project_id\":\"p-1\",\"file_size\":12,"
            + "\"created_at\":\"2026-04-22T12:00:00Z\"}";
    private static final ChatStreamParams PARAMS = ChatStreamParams.builder().addIndexId("idx-1").prompt("Q3?").build();

    private final MockWebServer server = new MockWebServer();
    private LlamaCloudClientAsync client;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        client = LlamaCloudOkHttpClientAsync.builder().baseUrl(server.url("/").toString()).apiKey("qk-test")
                .maxRetries(0).build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueueSse(String body) {
        server.enqueue(new MockResponse.Builder().code(200)
                .addHeader("Content-Type", "text/event-stream; charset=utf-8").chunkedBody(body, 5).build());
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void stream_posts_the_turn_and_completes_with_every_event_of_the_stream() throws Exception {
        enqueueSse(TURN);

        ChatStreamResponse turn = client.beta().chat().stream("ses-1", PARAMS).get(5, TimeUnit.SECONDS);

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/chat/ses-1/messages/stream");
        assertThat(request.getHeaders().get("Accept")).isEqualTo("text/event-stream");
        assertThat(request.getBody().utf8()).contains("\"prompt\":\"Q3?\"").contains("\"index_ids\":[\"idx-1\"]");
        assertThat(turn.events()).hasSize(4);
        assertThat(turn.events().get(0).isUserInput()).isTrue();
        assertThat(turn.events().get(1).isTextDelta()).isTrue();
        assertThat(turn.text()).isEqualTo("Revenue grew.");
        assertThat(turn.stop()).hasValueSatisfying(stop -> assertThat(stop.usage().durationMs()).contains(40.0));
        assertThat(turn.validate()).isSameAs(turn);
    }

    @Test
    void raw_stream_completes_with_the_status_and_the_parsed_turn() throws Exception {
        enqueueSse(TURN);

        HttpResponseFor<ChatStreamResponse> raw = client.beta().chat().withRawResponse()
                .stream(PARAMS.toBuilder().sessionId("ses-2").build()).get(5, TimeUnit.SECONDS);

        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().values("Content-Type")).containsExactly("text/event-stream; charset=utf-8");
        assertThat(raw.parse().text()).isEqualTo("Revenue grew.");
        assertThat(take().getUrl().encodedPath()).isEqualTo("/api/v1/chat/ses-2/messages/stream");
    }

    @Test
    void a_stream_cut_short_fails_validation_and_an_error_status_fails_the_future() throws Exception {
        enqueueSse(TURN.substring(0, TURN.lastIndexOf("event: message")));
        server.enqueue(new MockResponse.Builder().code(404).addHeader("Content-Type", "application/json")
                .body("{\"detail\":\"Session not found\"}").build());

        ChatStreamResponse cut = client.beta().chat().stream("ses-1", PARAMS).get(5, TimeUnit.SECONDS);
        assertThat(cut.stop()).isEmpty();
        assertThatThrownBy(cut::validate).isInstanceOf(LlamaCloudInvalidDataException.class);

        assertThatThrownBy(() -> client.beta().chat().stream("ses-x", PARAMS).get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void response_validation_checks_the_turn_as_it_is_read() throws Exception {
        enqueueSse(TURN.substring(0, TURN.lastIndexOf("event: message")));

        assertThatThrownBy(() -> client.beta().chat()
                .stream("ses-1", PARAMS, RequestOptions.builder().responseValidation(true).build())
                .get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(LlamaCloudInvalidDataException.class);
    }

    @Test
    void files_retrieve_gets_the_file_record_with_its_expand_values() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(FILE).build());
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(FILE).build());

        File file = client.files().retrieve(FileRetrieveParams.builder().fileId("file-1").addExpand("download_url").build())
                .get(5, TimeUnit.SECONDS);
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/beta/files/file-1");
        assertThat(request.getUrl().queryParameter("expand")).isEqualTo("download_url");
        assertThat(file.validate().id()).isEqualTo("file-1");
        assertThat(file.fileSize()).contains(12L);

        HttpResponseFor<File> raw = client.files().withRawResponse().retrieve("file-1").get(5, TimeUnit.SECONDS);
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.parse().name()).isEqualTo("a.pdf");
        assertThat(take().getUrl().query()).isNull();
    }
}
