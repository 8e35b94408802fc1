package com.llamacloud_prod.api.models.beta.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.http.QueryParams;
import org.junit.jupiter.api.Test;

class ChatListParamsTest {

    @Test
    void create() {
        ChatListParams.builder()
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .pageSize(0L + 1)
                .pageToken("page_token")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();
    }

    @Test
    void queryParams() {
        ChatListParams params = ChatListParams.builder()
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .pageSize(10L)
                .pageToken("page_token")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder()
                .put("organization_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .put("page_size", "10")
                .put("page_token", "page_token")
                .put("project_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build());
    }

    @Test
    void queryParamsWithoutOptionalFields() {
        assertThat(ChatListParams.builder().build()._queryParams()).isEqualTo(QueryParams.builder().build());
    }
}
