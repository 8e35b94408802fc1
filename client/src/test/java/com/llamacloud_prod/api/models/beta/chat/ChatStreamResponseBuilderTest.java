package com.llamacloud_prod.api.models.beta.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.ObjectMappers;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The official SDK's builder API on Quire's whole-turn stream answer. */
class ChatStreamResponseBuilderTest {

    private static ChatEvent event(String json) throws Exception {
        return ObjectMappers.jsonMapper().readValue(json, ChatEvent.class);
    }

    @Test
    void an_empty_response_is_built_validates_and_round_trips_as_an_empty_object() throws Exception {
        ChatStreamResponse empty = ChatStreamResponse.builder().build();

        String json = ObjectMappers.jsonMapper().writeValueAsString(empty);
        assertThat(json).isEqualTo("{}");
        assertThat(ObjectMappers.jsonMapper().readValue(json, ChatStreamResponse.class)).isEqualTo(empty);
        assertThat(empty.validate()).isSameAs(empty);
        assertThat(empty.events()).isEmpty();
        assertThat(empty.text()).isEmpty();
    }

    @Test
    void events_and_additional_properties_round_trip_and_to_builder_keeps_them() throws Exception {
        ChatStreamResponse turn = ChatStreamResponse.builder()
                .addEvent(event("{\"type\":\"text\",\"content\":\"Hi.\"}"))
                .addEvent(event("{\"type\":\"stop\",\"is_error\":false,\"error\":null,\"usage\":{\"duration_ms\":5,"
                        + "\"total_input_tokens\":1,\"total_output_tokens\":1,\"turns\":1},\"skipped_index_ids\":[]}"))
                .putAdditionalProperty("trace", JsonValue.from("t-1"))
                .build();

        ChatStreamResponse read = ObjectMappers.jsonMapper().readValue(
                ObjectMappers.jsonMapper().writeValueAsString(turn), ChatStreamResponse.class);

        assertThat(read).isEqualTo(turn);
        assertThat(read.text()).isEqualTo("Hi.");
        assertThat(read._additionalProperties()).containsEntry("trace", JsonValue.from("t-1"));
        assertThat(read.validate().stop()).isPresent();
        ChatStreamResponse changed = turn.toBuilder().removeAdditionalProperty("trace").build();
        assertThat(changed._additionalProperties()).isEmpty();
        assertThat(changed.events()).isEqualTo(turn.events());
        assertThat(changed).isNotEqualTo(turn);
    }

    @Test
    void events_without_a_final_stop_do_not_validate() throws Exception {
        ChatStreamResponse cut = ChatStreamResponse.of(List.of(event("{\"type\":\"text\",\"content\":\"Hi.\"}")));

        assertThatThrownBy(cut::validate).isInstanceOf(LlamaCloudInvalidDataException.class);
        assertThat(cut.isValid()).isFalse();
    }
}
