package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.InternalServerException;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.errors.LlamaCloudIoException;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.errors.UnexpectedStatusCodeException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatDeleteParams;
import com.llamacloud_prod.api.models.beta.chat.ChatEvent;
import com.llamacloud_prod.api.models.beta.chat.ChatGetSummaryResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPage;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChatServiceTest {

    private static final String SESSION = "{\"session_id\":\"ses-1\",\"last_updated_at\":\"2026-04-22T12:34:41.342245\","
            + "\"generated_title\":null,\"index_ids\":null,\"job_metadata\":null}";

    private MockWebServer server;
    private LlamaCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(0);
        client = LlamaCloudOkHttpClient.builder()
                .baseUrl(server.url("/").toString())
                .apiKey("qk-test")
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void create_without_params_posts_an_empty_json_object_with_bearer_auth() throws Exception {
        enqueue(200, SESSION);

        ChatCreateResponse session = client.beta().chat().create();

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getTarget()).isEqualTo("/api/v1/chat");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer qk-test");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(request.getHeaders().get("X-Stainless-Retry-Count")).isEqualTo("0");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        assertThat(session.sessionId()).isEqualTo("ses-1");
        assertThat(session.lastUpdatedAt()).isEqualTo("2026-04-22T12:34:41.342245");
        assertThat(session.generatedTitle()).isEmpty();
        assertThat(session.indexIds()).isEmpty();
        assertThat(session.jobMetadata()).isEmpty();
    }

    @Test
    void create_sends_index_ids_in_the_body_and_scope_as_query_parameters() throws Exception {
        enqueue(200, SESSION);

        client.beta().chat().create(ChatCreateParams.builder()
                .indexIds(List.of("idx-1"))
                .addIndexId("idx-2")
                .organizationId("org-1")
                .projectId("prj-1")
                .build());

        RecordedRequest request = take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/chat");
        assertThat(request.getUrl().queryParameter("organization_id")).isEqualTo("org-1");
        assertThat(request.getUrl().queryParameter("project_id")).isEqualTo("prj-1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"index_ids\":[\"idx-1\",\"idx-2\"]}");
    }

    @Test
    void parses_summaries_with_unknown_fields_and_full_job_metadata() throws Exception {
        enqueue(200, "{\"session_id\":\"ses-2\",\"last_updated_at\":\"2026-04-22T12:34:41Z\","
                + "\"generated_title\":\"What were the main findings in Q3?...\",\"index_ids\":[\"idx-1\"],"
                + "\"shared_access\":\"read_only\",\"future_flag\":{\"a\":1},"
                + "\"job_metadata\":{\"duration_ms\":4180.5,\"error\":null,\"export_config_ids\":[\"ec-1\"],"
                + "\"is_error\":false,\"total_input_tokens\":2311,\"total_output_tokens\":96,\"turns\":2,\"new\":true}}");

        ChatGetSummaryResponse summary = client.beta().chat().getSummary("ses-2");

        assertThat(take().getTarget()).isEqualTo("/api/v1/chat/ses-2/summary");
        assertThat(summary.generatedTitle()).contains("What were the main findings in Q3?...");
        assertThat(summary.indexIds()).contains(List.of("idx-1"));
        assertThat(summary._additionalProperties()).containsOnlyKeys("future_flag");
        assertThat(summary.sharedAccess()).contains(ChatGetSummaryResponse.SharedAccess.READ_ONLY);
        ChatGetSummaryResponse.JobMetadata usage = summary.jobMetadata().orElseThrow();
        assertThat(usage.durationMs()).contains(4180.5);
        assertThat(usage.error()).isEmpty();
        assertThat(usage.exportConfigIds()).contains(List.of("ec-1"));
        assertThat(usage.isError()).contains(false);
        assertThat(usage.totalInputTokens()).contains(2311L);
        assertThat(usage.totalOutputTokens()).contains(96L);
        assertThat(usage.turns()).contains(2L);
    }

    @Test
    void a_field_of_unexpected_type_fails_only_its_own_accessor() throws Exception {
        enqueue(200, "{\"session_id\":\"ses-3\",\"last_updated_at\":\"2026-04-22T12:34:41Z\",\"index_ids\":\"oops\"}");

        ChatCreateResponse session = client.beta().chat().create();

        assertThat(session.sessionId()).isEqualTo("ses-3");
        assertThatThrownBy(session::indexIds)
                .isInstanceOf(LlamaCloudInvalidDataException.class)
                .hasMessageContaining("index_ids");
    }

    @Test
    void retrieve_percent_encodes_a_slash_inside_the_session_id() throws Exception {
        enqueue(200, "{\"session_id\":\"a/b\",\"last_updated_at\":\"2026-04-22T12:34:41\",\"events\":[]}");

        client.beta().chat().retrieve("a/b");

        assertThat(take().getTarget()).isEqualTo("/api/v1/chat/a%2Fb");
    }

    @Test
    void retrieve_keeps_events_of_every_type_including_unknown_ones() throws Exception {
        enqueue(200, "{\"session_id\":\"ses-4\",\"last_updated_at\":\"2026-04-22T12:34:41\",\"events\":["
                + "{\"type\":\"user_input\",\"content\":\"hi\"},"
                + "{\"type\":\"tool_call\",\"call_id\":\"c1\",\"name\":\"retrieve\",\"arguments\":{\"query\":\"q\"}},"
                + "{\"type\":\"text\",\"content\":\"hello\"},"
                + "{\"type\":\"hologram\",\"x\":1},"
                + "{\"type\":\"stop\",\"is_error\":false,\"error\":null,\"usage\":{\"turns\":1}}]}");

        ChatRetrieveResponse session = client.beta().chat().retrieve("ses-4");

        List<ChatRetrieveResponse.Event> events = session.events();
        assertThat(events).hasSize(5);
        assertThat(events.get(0).asUserInput().content()).isEqualTo("hi");
        assertThat(events.get(1).asToolCall().arguments()._additionalProperties().get("query").asString()).contains("q");
        assertThat(events.get(2).asText().content()).isEqualTo("hello");
        assertThat(events.get(3).isUnknown()).isTrue();
        assertThat(events.get(3).type()).contains("hologram");
        assertThat(events.get(3).isText()).isFalse();
        assertThat(events.get(4).asStop().usage().turns()).contains(1L);
        Map<String, JsonValue> text = events.get(2)._json().orElseThrow().asObject().orElseThrow();
        assertThat(text.get("content").asString()).contains("hello");
    }

    @Test
    void delete_sends_delete_with_scope_and_accepts_204() throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());

        client.beta().chat().delete("ses-5", ChatDeleteParams.builder().projectId("prj-1").build());

        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("DELETE");
        assertThat(request.getTarget()).isEqualTo("/api/v1/chat/ses-5?project_id=prj-1");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void get_requests_carry_no_idempotency_key() throws Exception {
        enqueue(200, "{\"items\":[]}");

        client.beta().chat().list();

        assertThat(take().getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void auto_pager_walks_three_pages_repeating_the_original_query() throws Exception {
        enqueue(200, "{\"items\":[" + item("s1") + "," + item("s2") + "],\"next_page_token\":\"t1\"}");
        enqueue(200, "{\"items\":[" + item("s3") + "],\"next_page_token\":\"t2\",\"total_size\":null}");
        enqueue(200, "{\"items\":[" + item("s4") + "],\"next_page_token\":null}");

        ChatListPage first = client.beta().chat().list(
                ChatListParams.builder().pageSize(2L).projectId("prj-1").build());
        List<String> ids = new ArrayList<>();
        for (ChatListResponse session : first.autoPager()) {
            ids.add(session.sessionId());
        }

        assertThat(ids).containsExactly("s1", "s2", "s3", "s4");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(take().getTarget()).isEqualTo("/api/v1/chat?page_size=2&project_id=prj-1");
        assertThat(take().getTarget()).isEqualTo("/api/v1/chat?page_size=2&page_token=t1&project_id=prj-1");
        assertThat(take().getTarget()).isEqualTo("/api/v1/chat?page_size=2&page_token=t2&project_id=prj-1");
    }

    @Test
    void paging_stops_on_an_empty_page_or_an_empty_token() throws Exception {
        enqueue(200, "{\"items\":[],\"next_page_token\":\"ignored\"}");
        assertThat(client.beta().chat().list().hasNextPage()).isFalse();

        enqueue(200, "{\"items\":[" + item("s1") + "],\"next_page_token\":\"\"}");
        ChatListPage page = client.beta().chat().list();
        assertThat(page.hasNextPage()).isFalse();
        assertThat(page.autoPager().stream().count()).isEqualTo(1);
        assertThatThrownBy(page::nextPage).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retries_a_503_then_succeeds_reusing_the_idempotency_key() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After-Ms", "5")
                .body("{\"detail\":\"busy\"}").build());
        enqueue(200, SESSION);

        ChatCreateResponse session = client.beta().chat().create();

        assertThat(session.sessionId()).isEqualTo("ses-1");
        RecordedRequest first = take();
        RecordedRequest second = take();
        assertThat(first.getHeaders().get("X-Stainless-Retry-Count")).isEqualTo("0");
        assertThat(second.getHeaders().get("X-Stainless-Retry-Count")).isEqualTo("1");
        assertThat(second.getHeaders().get("Idempotency-Key"))
                .isEqualTo(first.getHeaders().get("Idempotency-Key"));
        assertThat(second.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void retries_with_the_default_exponential_backoff_when_the_server_gives_no_delay() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        enqueue(200, SESSION);

        long start = System.nanoTime();
        client.beta().chat().list();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(elapsedMs).isGreaterThanOrEqualTo(370); // 0.5 s minus at most 25 % jitter
    }

    @Test
    void does_not_retry_when_the_server_says_x_should_retry_false() {
        server.enqueue(new MockResponse.Builder().code(409).addHeader("x-should-retry", "false")
                .body("{\"detail\":\"a turn is running\"}").build());

        assertThatThrownBy(() -> client.beta().chat().create())
                .isInstanceOfSatisfying(UnexpectedStatusCodeException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.headers().values("X-Should-Retry")).containsExactly("false");
                })
                .hasMessage("409: {\"detail\":\"a turn is running\"}");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retries_a_400_when_the_server_says_x_should_retry_true() {
        server.enqueue(new MockResponse.Builder().code(400).addHeader("x-should-retry", "true").build());
        enqueue(200, "{\"items\":[]}");

        assertThat(client.beta().chat().list().items()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void gives_up_after_two_retries_and_throws_the_last_error() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).addHeader("Retry-After", "0")
                    .body("{\"detail\":\"boom\"}").build());
        }

        assertThatThrownBy(() -> client.beta().chat().list())
                .isInstanceOfSatisfying(InternalServerException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(500);
                    assertThat(e.body().asObject().orElseThrow().get("detail").asString()).contains("boom");
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({
        "400, com.llamacloud_prod.api.errors.BadRequestException",
        "401, com.llamacloud_prod.api.errors.UnauthorizedException",
        "403, com.llamacloud_prod.api.errors.PermissionDeniedException",
        "404, com.llamacloud_prod.api.errors.NotFoundException",
        "408, com.llamacloud_prod.api.errors.UnexpectedStatusCodeException",
        "409, com.llamacloud_prod.api.errors.UnexpectedStatusCodeException",
        "413, com.llamacloud_prod.api.errors.UnexpectedStatusCodeException",
        "422, com.llamacloud_prod.api.errors.UnprocessableEntityException",
        "429, com.llamacloud_prod.api.errors.RateLimitException",
        "500, com.llamacloud_prod.api.errors.InternalServerException",
        "502, com.llamacloud_prod.api.errors.InternalServerException",
    })
    void maps_each_error_status_to_its_exception(int status, Class<? extends LlamaCloudServiceException> expected) {
        LlamaCloudClient noRetries = client.withOptions(options -> options.maxRetries(0));
        enqueue(status, "{\"detail\":\"nope\"}");

        assertThatThrownBy(() -> noRetries.beta().chat().retrieve("ses-x"))
                .isExactlyInstanceOf(expected)
                .isInstanceOfSatisfying(LlamaCloudServiceException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(status);
                    assertThat(e.headers().values("content-type")).containsExactly("application/json");
                    assertThat(e.body()).isEqualTo(JsonValue.from(Map.of("detail", "nope")));
                    assertThat(e.getMessage()).isEqualTo(status + ": {\"detail\":\"nope\"}");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void a_non_json_error_body_is_kept_as_a_string() {
        server.enqueue(new MockResponse.Builder().code(404).body("Not Found").build());

        assertThatThrownBy(() -> client.beta().chat().getSummary("ses-x"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.body().asString()).contains("Not Found"));
    }

    @Test
    void network_failures_become_io_exceptions_after_the_retries() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LlamaCloudClient unreachable = client.withOptions(
                options -> options.baseUrl("http://127.0.0.1:" + closedPort).maxRetries(0));

        assertThatThrownBy(() -> unreachable.beta().chat().list())
                .isInstanceOf(LlamaCloudIoException.class)
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void the_session_id_is_required_when_passing_params_alone() {
        assertThatThrownBy(() -> client.beta().chat().delete(ChatDeleteParams.none()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("`sessionId` is required, but was not set");
    }

    @Test
    void a_base_url_with_a_path_prefix_is_kept() throws Exception {
        LlamaCloudClient prefixed = client.withOptions(options -> options.baseUrl(server.url("/quire/").toString()));
        enqueue(200, "{\"items\":[]}");

        prefixed.beta().chat().list();

        assertThat(take().getTarget()).isEqualTo("/quire/api/v1/chat");
    }

    private static String item(String id) {
        return "{\"session_id\":\"" + id + "\",\"last_updated_at\":\"2026-04-22T12:34:41\"}";
    }
}
