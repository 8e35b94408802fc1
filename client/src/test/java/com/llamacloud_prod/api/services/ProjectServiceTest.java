package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.models.projects.Project;
import com.llamacloud_prod.api.models.projects.ProjectGetParams;
import com.llamacloud_prod.api.models.projects.ProjectListParams;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectServiceTest {

    private MockWebServer server;
    private LlamaCloudClient client;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(0);
        client = LlamaCloudOkHttpClient.builder().baseUrl(server.url("/").toString()).apiKey("k").build();
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void list_filters_by_name_and_parses_timestamps_with_or_without_offset() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).body("[{\"id\":\"p1\",\"name\":\"docs\","
                + "\"organization_id\":\"o1\",\"created_at\":\"2026-04-22T12:34:41.342245\","
                + "\"updated_at\":\"2026-04-22T14:34:41+02:00\",\"is_default\":true,"
                + "\"ad_hoc_eval_dataset_id\":null}]").build());

        List<Project> projects = client.projects().list(
                ProjectListParams.builder().projectName("docs").organizationId("o1").build());

        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request.getTarget()).isEqualTo("/api/v1/projects?organization_id=o1&project_name=docs");
        Project project = projects.get(0);
        assertThat(project.id()).isEqualTo("p1");
        assertThat(project.name()).isEqualTo("docs");
        assertThat(project.organizationId()).isEqualTo("o1");
        assertThat(project.isDefault()).contains(true);
        OffsetDateTime created = OffsetDateTime.of(2026, 4, 22, 12, 34, 41, 342_245_000, ZoneOffset.UTC);
        assertThat(project.createdAt()).contains(created);
        assertThat(project.updatedAt().orElseThrow().toInstant()).isEqualTo(created.withNano(0).toInstant());
        assertThat(project.adHocEvalDatasetId()).isEmpty();
        assertThat(project._adHocEvalDatasetId().isNull()).isTrue();
        assertThat(project._additionalProperties()).isEmpty();
    }

    @Test
    void get_puts_the_project_id_in_the_path() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200)
                .body("{\"id\":\"p 1/2\",\"name\":\"x\",\"organization_id\":\"o1\"}").build());

        Project project = client.projects().get("p 1/2", ProjectGetParams.builder().organizationId("o1").build());

        assertThat(server.takeRequest(5, TimeUnit.SECONDS).getTarget())
                .isEqualTo("/api/v1/projects/p%201%2F2?organization_id=o1");
        assertThat(project.createdAt()).isEmpty();
    }
}
