package com.llamacloud_prod.api.models.beta.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import org.junit.jupiter.api.Test;

/** A generated model, tested the way LlamaCloud's SDK tests its models: builder to getters, JSON round trip. */
class ChatRetrieveResponseTest {

    private static ChatRetrieveResponse.Event.Stop stop() {
        return ChatRetrieveResponse.Event.Stop.builder()
                .error("error")
                .isError(true)
                .usage(ChatRetrieveResponse.Event.Stop.Usage.builder()
                        .durationMs(0.0)
                        .totalInputTokens(0L)
                        .totalOutputTokens(0L)
                        .turns(0L)
                        .build())
                .type(ChatRetrieveResponse.Event.Stop.Type.STOP)
                .build();
    }

    private static ChatRetrieveResponse.JobMetadata jobMetadata() {
        return ChatRetrieveResponse.JobMetadata.builder()
                .durationMs(0.0)
                .error("error")
                .addExportConfigId("string")
                .isError(true)
                .totalInputTokens(0L)
                .totalOutputTokens(0L)
                .turns(0L)
                .build();
    }

    private static ChatRetrieveResponse response() {
        return ChatRetrieveResponse.builder()
                .addEvent(stop())
                .lastUpdatedAt("2026-04-22T12:34:41.342245")
                .sessionId("ses-abc123")
                .generatedTitle("What were the main findings in Q3?...")
                .addIndexId("idx-abc123")
                .addIndexId("idx-def456")
                .jobMetadata(jobMetadata())
                .build();
    }

    @Test
    void create() {
        ChatRetrieveResponse chatRetrieveResponse = response();

        assertThat(chatRetrieveResponse.events()).containsExactly(ChatRetrieveResponse.Event.ofStop(stop()));
        assertThat(chatRetrieveResponse.lastUpdatedAt()).isEqualTo("2026-04-22T12:34:41.342245");
        assertThat(chatRetrieveResponse.sessionId()).isEqualTo("ses-abc123");
        assertThat(chatRetrieveResponse.generatedTitle()).contains("What were the main findings in Q3?...");
        assertThat(chatRetrieveResponse.indexIds().orElse(null)).containsExactly("idx-abc123", "idx-def456");
        assertThat(chatRetrieveResponse.jobMetadata()).contains(jobMetadata());
    }

    @Test
    void roundtrip() throws Exception {
        JsonMapper jsonMapper = ObjectMappers.jsonMapper();
        ChatRetrieveResponse chatRetrieveResponse = response();

        ChatRetrieveResponse roundtrippedChatRetrieveResponse = jsonMapper.readValue(
                jsonMapper.writeValueAsString(chatRetrieveResponse), ChatRetrieveResponse.class);

        assertThat(roundtrippedChatRetrieveResponse).isEqualTo(chatRetrieveResponse);
    }

    @Test
    void events_of_each_type_and_of_unknown_ones_are_read_by_their_type() throws Exception {
        ChatRetrieveResponse read = ObjectMappers.jsonMapper().readValue("{\"session_id\":\"s\","
                + "\"last_updated_at\":\"2026-04-22T12:34:41\",\"events\":["
                + "{\"type\":\"text\",\"content\":\"a\"},{\"type\":\"text_delta\",\"content\":\"b\"},"
                + "{\"type\":\"hologram\"}]}", ChatRetrieveResponse.class);

        assertThat(read.events().get(0).isText()).isTrue();
        assertThat(read.events().get(1).isTextDelta()).isTrue();
        assertThat(read.events().get(2).isUnknown()).isTrue();
        assertThat(read.events().get(2)._json()).contains(JsonValue.from(java.util.Map.of("type", "hologram")));
        assertThat(read.isValid()).isFalse();
        assertThatThrownBy(read::validate).isInstanceOf(LlamaCloudInvalidDataException.class);
    }

    @Test
    void a_missing_required_field_fails_its_getter_and_validate() throws Exception {
        ChatRetrieveResponse read = ObjectMappers.jsonMapper().readValue(
                "{\"session_id\":\"s\",\"events\":[]}", ChatRetrieveResponse.class);

        assertThat(read.sessionId()).isEqualTo("s");
        assertThatThrownBy(read::lastUpdatedAt).isInstanceOf(LlamaCloudInvalidDataException.class);
        assertThatThrownBy(read::validate).isInstanceOf(LlamaCloudInvalidDataException.class);
        assertThatThrownBy(() -> ChatRetrieveResponse.builder().sessionId("s").lastUpdatedAt("t").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`events` is required");
    }
}
