package dev.quire.http;

import dev.quire.paging.PagePosition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTokenTest {
    @Test
    void a_token_round_trips_its_position() {
        String token = PageToken.encode(List.of("type=user"), "1795707163543162", "ses-1");
        assertThat(PageToken.decode(token, List.of("type=user")))
                .isEqualTo(new PagePosition("1795707163543162", "ses-1"));
    }

    @Test
    void a_token_is_refused_with_other_filters() {
        String token = PageToken.encode(List.of("type=user"), "1", "x");
        assertThatThrownBy(() -> PageToken.decode(token, List.of("type=index")))
                .isInstanceOf(ApiException.BadRequest.class).hasMessage("Invalid page_token");
    }

    @Test
    void garbage_is_refused() {
        assertThatThrownBy(() -> PageToken.decode("%%%", List.of())).isInstanceOf(ApiException.BadRequest.class);
        assertThatThrownBy(() -> PageToken.decode("aGVsbG8", List.of())).isInstanceOf(ApiException.BadRequest.class);
    }

    @Test
    void a_forged_sort_key_of_the_wrong_type_is_an_invalid_token() {
        assertThatThrownBy(() -> new PagePosition("abc", "x").numericSortKey())
                .isInstanceOf(ApiException.BadRequest.class).hasMessage("Invalid page_token");
        assertThatThrownBy(() -> new PagePosition("-5", "").offset())
                .isInstanceOf(ApiException.BadRequest.class).hasMessage("Invalid page_token");
        assertThatThrownBy(() -> new PagePosition("99999999999", "").offset())
                .isInstanceOf(ApiException.BadRequest.class);
        assertThat(new PagePosition("1795707163543162", "x").numericSortKey()).isEqualTo(1795707163543162L);
        assertThat(new PagePosition("12", "").offset()).isEqualTo(12);
    }

    @Test
    void tokens_are_never_empty_strings() {
        assertThat(PageToken.encode(List.of(), "", "")).isNotEmpty();
    }
}
