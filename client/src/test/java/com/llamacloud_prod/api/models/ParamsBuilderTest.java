package com.llamacloud_prod.api.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.core.http.Headers;
import com.llamacloud_prod.api.errors.InternalServerException;
import com.llamacloud_prod.api.errors.NotFoundException;
import com.llamacloud_prod.api.models.beta.chat.ChatCreateParams;
import com.llamacloud_prod.api.models.beta.chat.ChatListParams;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveParams;
import com.llamacloud_prod.api.services.requests.ChatRequests;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsBuilderTest {

    @Test
    void params_are_immutable_copies_of_their_builder() {
        List<String> ids = new ArrayList<>(List.of("idx-1"));
        ChatCreateParams.Builder builder = ChatCreateParams.builder().indexIds(ids);
        ChatCreateParams params = builder.build();

        ids.add("idx-2");
        builder.addIndexId("idx-3");

        assertThat(params.indexIds()).contains(List.of("idx-1"));
        assertThat(params.toBuilder().addIndexId("idx-9").build().indexIds()).contains(List.of("idx-1", "idx-9"));
        assertThat(ChatCreateParams.none().indexIds()).isEmpty();
    }

    @Test
    void builders_keep_values_as_given_and_requests_reject_an_empty_path_param() {
        // As the official SDK: params carry what the caller set (the server answers 422 for a bad
        // page size or a blank index id); only an empty path segment is refused before sending,
        // since it would address another route.
        assertThat(ChatListParams.builder().pageSize(0L).build()._queryParams().values("page_size")).containsExactly("0");
        assertThat(ChatCreateParams.builder().addIndexId("idx-1").addIndexId(" ").build().indexIds())
                .contains(List.of("idx-1", " "));
        ChatRetrieveParams empty = ChatRetrieveParams.builder().sessionId("").build();
        assertThat(empty._pathParam(0)).isEqualTo("");
        assertThatThrownBy(() -> ChatRequests.retrieve(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sessionId must not be empty");
    }

    @Test
    void exception_builders_require_their_fields() {
        assertThatThrownBy(() -> NotFoundException.builder().body(JsonValue.missing()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("`headers` is required, but was not set");
        assertThatThrownBy(() -> InternalServerException.builder().statusCode(404)
                .headers(Headers.builder().build()).body(JsonValue.missing()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("statusCode must be 5xx: 404");
        NotFoundException e = NotFoundException.builder().headers(Headers.builder().build())
                .body(JsonValue.missing()).build();
        assertThat(e.getMessage()).isEqualTo("404: Unknown");
    }
}
