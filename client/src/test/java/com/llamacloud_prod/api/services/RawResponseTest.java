package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.http.HttpResponse;
import com.llamacloud_prod.api.core.http.HttpResponseFor;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.directories.DirectoryGetResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListPage;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateParams;
import com.llamacloud_prod.api.models.beta.directories.DirectoryUpdateResponse;
import com.llamacloud_prod.api.models.projects.Project;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RawResponseTest {

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void raw_response_has_status_headers_body_and_parses_the_usual_result() throws Exception {
        api.server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-7").body(DirectoryServiceTest.DIR).build());

        HttpResponseFor<DirectoryGetResponse> response = api.client.withRawResponse().beta().directories().get("dir-1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().values("x-request-id")).containsExactly("req-7");
        assertThat(new String(response.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(DirectoryServiceTest.DIR);
        DirectoryGetResponse directory = response.parse();
        assertThat(directory.id()).isEqualTo("dir-1");
        assertThat(response.parse()).isSameAs(directory);
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/directories/dir-1");
    }

    @Test
    void raw_delete_returns_the_204_without_a_body() throws Exception {
        api.enqueueNoContent();

        try (HttpResponse response = api.client.beta().directories().withRawResponse().delete("dir-1")) {
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.body().readAllBytes()).isEmpty();
        }
        assertThat(api.take().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void raw_pages_and_lists_parse_like_the_plain_calls() throws Exception {
        api.enqueue(200, "{\"items\":[" + DirectoryServiceTest.DIR + "],\"next_page_token\":null}");
        api.enqueue(200, "[{\"id\":\"p-1\",\"name\":\"Default\",\"organization_id\":\"o-1\",\"is_default\":true}]");

        HttpResponseFor<DirectoryListPage> page = api.client.beta().directories().withRawResponse()
                .list(DirectoryListParams.builder().pageSize(5L).build());
        HttpResponseFor<List<Project>> projects = api.client.projects().withRawResponse().list();

        assertThat(page.parse().items()).hasSize(1);
        assertThat(projects.parse()).extracting(Project::id).containsExactly("p-1");
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/directories?page_size=5");
    }

    @Test
    void raw_calls_still_throw_for_error_statuses() {
        api.enqueue(404, "{\"detail\":\"no such directory\"}");

        assertThatThrownBy(() -> api.client.beta().directories().withRawResponse().get("missing"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void update_by_id_alone_sends_an_empty_patch() throws Exception {
        api.enqueue(200, DirectoryServiceTest.DIR);

        DirectoryUpdateResponse updated = api.client.beta().directories().update("dir-1");

        RecordedRequest request = api.take();
        assertThat(updated.id()).isEqualTo("dir-1");
        assertThat(request.getMethod()).isEqualTo("PATCH");
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
    }

    @Test
    void additional_headers_query_params_and_body_properties_reach_the_wire() throws Exception {
        api.enqueue(200, DirectoryServiceTest.DIR);

        api.client.beta().directories().update("dir-1", DirectoryUpdateParams.builder()
                .name("docs")
                .projectId("p-1")
                .putAdditionalHeader("X-Team", "search")
                .putAdditionalHeader("User-Agent", "custom-agent")
                .putAdditionalQueryParam("trace", "1")
                .putAdditionalBodyProperty("color", com.llamacloud_prod.api.core.JsonValue.from("blue"))
                .build());

        RecordedRequest request = api.take();
        assertThat(request.getTarget()).isEqualTo("/api/v1/beta/directories/dir-1?project_id=p-1&trace=1");
        assertThat(request.getHeaders().get("X-Team")).isEqualTo("search");
        // a call's own header replaces the client's default of the same name
        assertThat(request.getHeaders().values("User-Agent")).containsExactly("custom-agent");
        assertThat(request.getBody().utf8()).isEqualTo("{\"name\":\"docs\",\"color\":\"blue\"}");
    }

    @Test
    void client_query_params_go_with_every_call_and_yield_to_the_call_s_own() throws Exception {
        api.enqueue(200, DirectoryServiceTest.DIR);
        api.enqueue(200, DirectoryServiceTest.DIR);

        var client = api.client.withOptions(options -> options
                .putQueryParam("project_id", "p-default")
                .putQueryParam("tenant", "t1"));
        client.beta().directories().get("dir-1");
        client.beta().directories().get("dir-1",
                com.llamacloud_prod.api.models.beta.directories.DirectoryGetParams.builder().projectId("p-2").build());

        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/directories/dir-1?project_id=p-default&tenant=t1");
        assertThat(api.take().getTarget()).isEqualTo("/api/v1/beta/directories/dir-1?tenant=t1&project_id=p-2");
    }
}
