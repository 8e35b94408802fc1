package com.llamacloud_prod.api.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.core.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void keeps_keys_in_insertion_order_with_repeated_values() {
        QueryParams query = QueryParams.builder()
                .put("b", "1")
                .put("a", List.of("x", "y"))
                .put("b", "2")
                .build();

        assertThat(query.keys()).containsExactly("b", "a");
        assertThat(query.values("b")).containsExactly("1", "2");
        assertThat(query.values("a")).containsExactly("x", "y");
        assertThat(query.values("missing")).isEmpty();
        assertThat(query.size()).isEqualTo(4);
        assertThat(query.isEmpty()).isFalse();
        assertThat(QueryParams.builder().build().isEmpty()).isTrue();
    }

    @Test
    void equal_when_they_hold_the_same_values() {
        QueryParams one = QueryParams.builder().put("a", "1").put("b", "2").build();
        QueryParams other = QueryParams.builder().put("b", "2").put("a", "1").build();

        assertThat(one).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(one).isNotEqualTo(QueryParams.builder().put("a", "1").build());
        // keys are case-sensitive, unlike header names
        assertThat(QueryParams.builder().put("A", "1").build()).isNotEqualTo(QueryParams.builder().put("a", "1").build());
    }

    @Test
    void replace_remove_and_clear_edit_the_builder() {
        QueryParams.Builder builder = QueryParams.builder().put("a", "1").put("a", "2").put("b", "3").put("c", "4");

        builder.replace("a", "9").remove("b").removeAll(Set.of("c")).putAll(Map.of("d", List.of("5")));

        QueryParams query = builder.build();
        assertThat(query).isEqualTo(QueryParams.builder().put("a", "9").put("d", "5").build());
        assertThat(query.size()).isEqualTo(2);
        assertThat(query.toBuilder().replaceAll(QueryParams.builder().put("d", "6").build()).build().values("d"))
                .containsExactly("6");
        assertThat(builder.clear().build()).isEqualTo(QueryParams.builder().build());
    }

    @Test
    void built_params_do_not_change_with_their_builder() {
        QueryParams.Builder builder = QueryParams.builder().put("a", "1");
        QueryParams query = builder.build();

        builder.put("a", "2");

        assertThat(query.values("a")).containsExactly("1");
    }

    @Test
    void json_values_are_flattened_the_way_the_api_reads_them() {
        QueryParams query = QueryParams.builder()
                .put("s", JsonValue.from("text"))
                .put("n", JsonValue.from(42))
                .put("t", JsonValue.from(true))
                .put("list", JsonValue.from(List.of("a", "b")))
                .put("obj", JsonValue.from(Map.of("k", "v")))
                .put("none", JsonValue.from(null))
                .put("gone", JsonValue.missing())
                .build();

        assertThat(query).isEqualTo(QueryParams.builder()
                .put("s", "text")
                .put("n", "42")
                .put("t", "true")
                .put("list", List.of("a", "b"))
                .put("obj[k]", "v")
                .build());
    }

    @Test
    void headers_flatten_objects_with_dots() {
        Headers headers = Headers.builder().put("X-Meta", JsonValue.from(Map.of("team", "search"))).build();

        assertThat(headers.values("x-meta.team")).containsExactly("search");
    }
}
