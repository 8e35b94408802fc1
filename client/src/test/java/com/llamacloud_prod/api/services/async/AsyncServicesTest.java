package com.llamacloud_prod.api.services.async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClientAsync;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClientAsync;
import com.llamacloud_prod.api.core.Sleeper;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListPageAsync;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsyncServicesTest {

    private static final String DIR = "{\"id\":\"dir-1\",\"name\":\"renamed\",\"project_id\":\"p-1\",\"type\":\"user\","
            + "\"description\":null,\"system_metadata\":null,\"created_at\":\"2026-04-22T12:00:00Z\"}";
    private static final String SESSION = "{\"session_id\":\"ses-%d\",\"title\":null,\"index_ids\":[],"
            + "\"created_at\":\"2026-04-22T12:00:00Z\",\"updated_at\":\"2026-04-22T12:00:00Z\"}";

    private final MockWebServer server = new MockWebServer();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private LlamaCloudClientAsync client;

    @BeforeEach
    void start() throws Exception {
        server.start(0);
        client = LlamaCloudOkHttpClientAsync.builder()
                .baseUrl(server.url("/").toString())
                .apiKey("qk-test")
                .maxRetries(1)
                .sleeper(new Sleeper() {
                    @Override
                    public void sleep(Duration duration) {
                        throw new AssertionError("an asynchronous call must not block to wait");
                    }

                    @Override
                    public CompletableFuture<Void> sleepAsync(Duration duration) {
                        waits.add(duration);
                        return CompletableFuture.completedFuture(null);
                    }

                    @Override
                    public void close() {}
                })
                .build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void enqueue(int code, String body) {
        server.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
    }

    private RecordedRequest take() throws InterruptedException {
        return server.takeRequest(5, TimeUnit.SECONDS);
    }

    @Test
    void calls_complete_their_futures_with_the_parsed_answer() throws Exception {
        enqueue(200, DIR);

        CompletableFuture<DirectoryUpdateResponse> future = client.beta().directories()
                .update("dir-1", DirectoryUpdateParams.builder().name("renamed").build());

        assertThat(future.get(5, TimeUnit.SECONDS).name()).isEqualTo("renamed");
        RecordedRequest request = take();
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1");
        assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"renamed\"}");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer qk-test");
    }

    @Test
    void retries_wait_with_the_sleeper_s_async_wait_and_errors_fail_the_future() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).build());
        enqueue(200, String.format(SESSION, 1));
        enqueue(404, "{\"detail\":\"no such session\"}");

        ChatCreateResponse created = client.beta().chat().create().get(5, TimeUnit.SECONDS);
        CompletableFuture<Void> deleted = client.beta().chat().delete("ses-missing");

        assertThat(created.sessionId()).isEqualTo("ses-1");
        assertThat(waits).hasSize(1);
        assertThatThrownBy(() -> deleted.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(NotFoundException.class);
    }

    @Test
    void pages_follow_their_tokens_and_auto_pager_visits_every_item() throws Exception {
        enqueue(200, "{\"items\":[" + String.format(SESSION, 1) + "," + String.format(SESSION, 2) + "],\"next_page_token\":\"t2\"}");
        enqueue(200, "{\"items\":[" + String.format(SESSION, 3) + "],\"next_page_token\":null}");

        ChatListPageAsync first = client.beta().chat().list(ChatListParams.builder().pageSize(2L).build())
                .get(5, TimeUnit.SECONDS);
        List<String> seen = new CopyOnWriteArrayList<>();
        first.autoPager().forEach(session -> seen.add(session.sessionId()), Runnable::run).get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("ses-1", "ses-2", "ses-3");
        assertThat(take().getTarget()).isEqualTo("/api/v1/chat?page_size=2");
        assertThat(take().getTarget()).isEqualTo("/api/v1/chat?page_size=2&page_token=t2");
    }

    @Test
    void subscribers_get_every_item_then_completion() throws Exception {
        enqueue(200, "{\"items\":[" + String.format(SESSION, 1) + "],\"next_page_token\":null}");
        List<String> seen = new CopyOnWriteArrayList<>();

        ChatListPageAsync page = client.beta().chat().list().get(5, TimeUnit.SECONDS);
        page.autoPager().subscribe((ChatListResponse session) -> seen.add(session.sessionId())).onCompleteFuture()
                .get(5, TimeUnit.SECONDS);

        assertThat(seen).containsExactly("ses-1");
    }

    @Test
    void index_and_directory_file_calls_have_asynchronous_forms() throws Exception {
        enqueue(200, "{\"id\":\"job-1\",\"index_id\":\"idx-1\",\"status\":\"pending\"}");
        enqueue(200, "{\"items\":[],\"next_page_token\":null}");

        client.beta().indexes().sync("idx-1").get(5, TimeUnit.SECONDS);
        var entries = client.beta().directories().files().list("dir-1").get(5, TimeUnit.SECONDS);

        assertThat(take().getTarget()).isEqualTo("/api/v1/indexes/idx-1/sync");
        assertThat(entries.items()).isEmpty();
        assertThat(entries.hasNextPage()).isFalse();
        assertThat(take().getTarget()).isEqualTo("/api/v1/beta/directories/dir-1/files");
    }

    @Test
    void retrieval_find_pages_asynchronously_with_the_token_in_the_body() throws Exception {
        enqueue(200, "{\"items\":[{\"file_id\":\"f-1\",\"file_name\":\"a.txt\"}],\"next_page_token\":\"t2\"}");
        enqueue(200, "{\"items\":[{\"file_id\":\"f-2\",\"file_name\":\"b.txt\"}],\"next_page_token\":null}");

        var first = client.beta().retrieval().find(
                com.llamacloud_prod.api.models.beta.retrieval.RetrievalFindParams.builder().indexId("idx-1").pageSize(1L).build())
                .get(5, TimeUnit.SECONDS);
        var second = first.nextPage().get(5, TimeUnit.SECONDS);

        assertThat(first.items()).hasSize(1);
        assertThat(second.hasNextPage()).isFalse();
        assertThat(take().getBody().utf8()).isEqualTo("{\"index_id\":\"idx-1\",\"page_size\":1}");
        assertThat(take().getBody().utf8()).isEqualTo("{\"index_id\":\"idx-1\",\"page_size\":1,\"page_token\":\"t2\"}");
    }

    @Test
    void files_and_projects_have_asynchronous_forms() throws Exception {
        enqueue(200, "{\"url\":\"http://blobs/f-1\",\"expires_at\":\"2026-04-22T13:00:00Z\"}");
        enqueue(200, "[{\"id\":\"p-1\",\"name\":\"Default\",\"organization_id\":\"o-1\"}]");
        enqueue(200, "{\"items\":[],\"next_page_token\":null}");

        var link = client.files().content("f-1").get(5, TimeUnit.SECONDS);
        var projects = client.projects().list().get(5, TimeUnit.SECONDS);
        var page = client.files().query().get(5, TimeUnit.SECONDS);

        assertThat(link.url()).isEqualTo("http://blobs/f-1");
        assertThat(projects).extracting(p -> p.id()).containsExactly("p-1");
        assertThat(page.items()).isEmpty();
        assertThat(take().getTarget()).isEqualTo("/api/v1/beta/files/f-1/content");
        assertThat(take().getTarget()).isEqualTo("/api/v1/projects");
        assertThat(take().getTarget()).isEqualTo("/api/v1/beta/files/query");
    }

    @Test
    void raw_async_calls_complete_with_status_headers_and_the_parsed_result() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-9").body(DIR).build());
        server.enqueue(new MockResponse.Builder().code(204).build());

        var response = client.withRawResponse().beta().directories().get("dir-1").get(5, TimeUnit.SECONDS);
        var deleted = client.beta().directories().withRawResponse().delete("dir-1").get(5, TimeUnit.SECONDS);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().values("x-request-id")).containsExactly("req-9");
        assertThat(response.parse().id()).isEqualTo("dir-1");
        assertThat(deleted.statusCode()).isEqualTo(204);
    }

    @Test
    void the_blocking_client_and_the_async_view_share_options() throws Exception {
        enqueue(200, DIR);

        assertThat(client.sync().beta().directories().get("dir-1").id()).isEqualTo("dir-1");
        assertThat(client.sync().async().beta().directories()).isNotNull();
    }
}
