package com.llamacloud_prod.api.models.beta.directories;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.core.http.QueryParams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DirectoryUpdateParamsTest {

    @Test
    void create() {
        DirectoryUpdateParams.builder()
                .directoryId("directory_id")
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .description("description")
                .name("x")
                .build();
    }

    @Test
    void pathParams() {
        DirectoryUpdateParams params = DirectoryUpdateParams.builder().directoryId("directory_id").build();

        assertThat(params._pathParam(0)).isEqualTo("directory_id");
        // out-of-bound path param
        assertThat(params._pathParam(1)).isEqualTo("");
    }

    @Test
    void queryParams() {
        DirectoryUpdateParams params = DirectoryUpdateParams.builder()
                .directoryId("directory_id")
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder()
                .put("organization_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .put("project_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build());
    }

    @Test
    void body() {
        DirectoryUpdateParams params = DirectoryUpdateParams.builder()
                .directoryId("directory_id")
                .description("description")
                .name("x")
                .build();

        DirectoryUpdateParams.Body body = params._body();

        assertThat(body.description()).contains("description");
        assertThat(body.name()).contains("x");
    }

    @Test
    void body_carries_additional_properties_over_typed_fields() {
        DirectoryUpdateParams params = DirectoryUpdateParams.builder()
                .directoryId("directory_id")
                .name("x")
                .putAdditionalBodyProperty("color", JsonValue.from("blue"))
                .putAdditionalBodyProperty("name", JsonValue.from("override"))
                .build();

        DirectoryUpdateParams.Body body = params._body();
        assertThat(body.name()).contains("x");
        assertThat(body._additionalProperties()).containsOnlyKeys("color", "name");
        // As the request sends it (ApiRequest.jsonBody): an additional property replaces the typed field.
        assertThat(ObjectMappers.jsonMapper().valueToTree(body).toString()).isEqualTo("{\"name\":\"override\",\"color\":\"blue\"}");
        assertThat(params._additionalBodyProperties()).containsOnlyKeys("color", "name");
        assertThat(ObjectMappers.jsonMapper().valueToTree(params.toBuilder().removeAdditionalBodyProperty("name").build()._body()).toString())
                .isEqualTo("{\"name\":\"x\",\"color\":\"blue\"}");
        assertThat(params.toBuilder().additionalBodyProperties(Map.of()).build()._additionalBodyProperties()).isEmpty();
    }
}
