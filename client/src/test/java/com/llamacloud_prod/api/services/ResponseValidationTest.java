package com.llamacloud_prod.api.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.core.RequestOptions;
import com.llamacloud_prod.api.errors.LlamaCloudInvalidDataException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code responseValidation(true)} checks every answer as it is read, as the official SDK's option does. */
class ResponseValidationTest {
    /** A chat session without its required {@code session_id}. */
    private static final String INVALID = "{\"last_updated_at\":\"2026-12-07T10:00:00\",\"index_ids\":[]}";
    private static final String VALID = "{\"session_id\":\"ses-1\",\"last_updated_at\":\"2026-12-07T10:00:00\"}";

    private MockApi api;

    @BeforeEach
    void start() throws Exception {
        api = new MockApi();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private LlamaCloudClient validating() {
        return LlamaCloudOkHttpClient.builder().baseUrl(api.server.url("/").toString()).apiKey("qk-test")
                .maxRetries(0).responseValidation(true).build();
    }

    @Test
    void a_validating_client_rejects_an_answer_missing_a_required_field_at_the_call() {
        api.enqueue(200, INVALID);
        LlamaCloudClient client = validating();
        try {
            assertThatThrownBy(() -> client.beta().chat().create())
                    .isInstanceOf(LlamaCloudInvalidDataException.class)
                    .hasMessageContaining("session_id");
        } finally {
            client.close();
        }
    }

    @Test
    void a_validating_client_returns_a_complete_answer() {
        api.enqueue(200, VALID);
        LlamaCloudClient client = validating();
        try {
            assertThat(client.beta().chat().create().sessionId()).isEqualTo("ses-1");
        } finally {
            client.close();
        }
    }

    @Test
    void without_validation_the_answer_is_returned_and_only_the_missing_getter_fails() {
        api.enqueue(200, INVALID);
        ChatCreateResponse response = api.client.beta().chat().create();
        assertThat(response.isValid()).isFalse();
        assertThatThrownBy(response::sessionId).isInstanceOf(LlamaCloudInvalidDataException.class);
    }

    @Test
    void a_call_can_turn_validation_on_for_itself() {
        api.enqueue(200, INVALID);
        assertThatThrownBy(() -> api.client.beta().chat().create(ChatCreateParams.none(),
                RequestOptions.builder().responseValidation(true).build()))
                .isInstanceOf(LlamaCloudInvalidDataException.class);
    }
}
