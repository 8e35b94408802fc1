package com.llamacloud_prod.api.models.beta.directories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** A generated model with a known-values enum and a free-form object, tested as LlamaCloud's SDK tests models. */
class DirectoryGetResponseTest {

    private static DirectoryGetResponse response() {
        return DirectoryGetResponse.builder()
                .id("dir-1")
                .name("name")
                .projectId("prj-1")
                .connectorSubscriptionId("connector_subscription_id")
                .createdAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .deletedAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .description("description")
                .expiresAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .systemMetadata(DirectoryGetResponse.SystemMetadata.builder()
                        .putAdditionalProperty("foo", JsonValue.from("bar"))
                        .build())
                .type(DirectoryGetResponse.Type.EPHEMERAL)
                .updatedAt(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"))
                .build();
    }

    @Test
    void create() {
        DirectoryGetResponse directoryGetResponse = response();

        assertThat(directoryGetResponse.id()).isEqualTo("dir-1");
        assertThat(directoryGetResponse.name()).isEqualTo("name");
        assertThat(directoryGetResponse.projectId()).isEqualTo("prj-1");
        assertThat(directoryGetResponse.connectorSubscriptionId()).contains("connector_subscription_id");
        assertThat(directoryGetResponse.createdAt()).contains(OffsetDateTime.parse("2019-12-27T18:11:19.117Z"));
        assertThat(directoryGetResponse.description()).contains("description");
        assertThat(directoryGetResponse.systemMetadata()).contains(DirectoryGetResponse.SystemMetadata.builder()
                .putAdditionalProperty("foo", JsonValue.from("bar"))
                .build());
        assertThat(directoryGetResponse.type()).contains(DirectoryGetResponse.Type.EPHEMERAL);
        assertThat(directoryGetResponse.toBuilder().build()).isEqualTo(directoryGetResponse);
    }

    @Test
    void roundtrip() throws Exception {
        JsonMapper jsonMapper = ObjectMappers.jsonMapper();
        DirectoryGetResponse directoryGetResponse = response();

        DirectoryGetResponse roundtrippedDirectoryGetResponse = jsonMapper.readValue(
                jsonMapper.writeValueAsString(directoryGetResponse), DirectoryGetResponse.class);

        assertThat(roundtrippedDirectoryGetResponse).isEqualTo(directoryGetResponse);
    }

    @Test
    void a_type_this_sdk_does_not_know_is_kept() throws Exception {
        DirectoryGetResponse read = ObjectMappers.jsonMapper().readValue(
                "{\"id\":\"d\",\"name\":\"n\",\"project_id\":\"p\",\"type\":\"archive\"}", DirectoryGetResponse.class);

        assertThat(read.type().orElseThrow().value()).isEqualTo(DirectoryGetResponse.Type.Value._UNKNOWN);
        assertThat(read.type().orElseThrow().asString()).isEqualTo("archive");
        assertThat(read.isValid()).isFalse();
        assertThat(DirectoryGetResponse.Type.of("user").known()).isEqualTo(DirectoryGetResponse.Type.Known.USER);
    }
}
