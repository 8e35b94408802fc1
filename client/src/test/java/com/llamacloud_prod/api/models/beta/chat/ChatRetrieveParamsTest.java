package com.llamacloud_prod.api.models.beta.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.core.http.QueryParams;
import org.junit.jupiter.api.Test;

class ChatRetrieveParamsTest {

    @Test
    void create() {
        ChatRetrieveParams.builder()
                .sessionId("session_id")
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();
    }

    @Test
    void pathParams() {
        ChatRetrieveParams params = ChatRetrieveParams.builder().sessionId("session_id").build();

        assertThat(params._pathParam(0)).isEqualTo("session_id");
        // out-of-bound path param
        assertThat(params._pathParam(1)).isEqualTo("");
        assertThat(ChatRetrieveParams.none()._pathParam(0)).isEqualTo("");
    }

    @Test
    void queryParams() {
        ChatRetrieveParams params = ChatRetrieveParams.builder()
                .sessionId("session_id")
                .organizationId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .projectId("182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build();

        QueryParams queryParams = params._queryParams();

        assertThat(queryParams).isEqualTo(QueryParams.builder()
                .put("organization_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .put("project_id", "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e")
                .build());
    }

    @Test
    void queryParamsWithoutOptionalFields() {
        ChatRetrieveParams params = ChatRetrieveParams.builder().sessionId("session_id").build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder().build());
        assertThat(params._headers()).isEqualTo(Headers.builder().build());
    }

    @Test
    void additional_headers_and_query_params_follow_the_typed_ones() {
        ChatRetrieveParams params = ChatRetrieveParams.builder()
                .sessionId("session_id")
                .projectId("p1")
                .putAdditionalHeader("X-Team", "search")
                .putAdditionalQueryParam("debug", "true")
                .putAdditionalQueryParams("tag", java.util.List.of("a", "b"))
                .build();

        assertThat(params._queryParams()).isEqualTo(QueryParams.builder()
                .put("project_id", "p1")
                .put("debug", "true")
                .put("tag", java.util.List.of("a", "b"))
                .build());
        assertThat(params._headers().values("x-team")).containsExactly("search");
        assertThat(params._additionalQueryParams().keys()).containsExactly("debug", "tag");
        // the additional parts survive toBuilder() and take part in equality
        assertThat(params.toBuilder().build()).isEqualTo(params);
        assertThat(params.toBuilder().removeAdditionalHeaders("X-Team").build()).isNotEqualTo(params);
    }
}
