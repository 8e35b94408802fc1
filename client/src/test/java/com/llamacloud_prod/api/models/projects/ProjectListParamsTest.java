package com.llamacloud_prod.api.models.projects;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.http.QueryParams;
import org.junit.jupiter.api.Test;

class ProjectListParamsTest {

    @Test
    void queryParams() {
        ProjectListParams params = ProjectListParams.builder()
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .projectName("project_name")
                .build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder()
                .put("organization_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .put("project_name", "project_name")
                .build());
    }

    @Test
    void queryParamsWithoutOptionalFields() {
        assertThat(ProjectListParams.builder().build()._queryParams()).isEqualTo(QueryParams.builder().build());
    }

    @Test
    void project_get_has_the_project_id_as_path_param() {
        ProjectGetParams params = ProjectGetParams.builder().projectId("project_id").build();

        assertThat(params._pathParam(0)).isEqualTo("project_id");
        assertThat(params._pathParam(1)).isEqualTo("");
    }
}
