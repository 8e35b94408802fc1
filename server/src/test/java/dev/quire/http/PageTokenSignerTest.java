package dev.quire.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.errors.ApiException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTokenSignerTest {
    private final PageTokenSigner signer = new PageTokenSigner("k".repeat(32).getBytes());

    @Test
    void a_signed_token_verifies_to_itself() {
        String token = PageToken.encode(List.of("a"), "123", "id-1");
        assertThat(signer.verify(signer.sign(token))).isEqualTo(token);
    }

    @Test
    void an_altered_token_is_refused() {
        String signed = signer.sign(PageToken.encode(List.of("a"), "123", "id-1"));
        String forged = PageToken.encode(List.of("a"), "abc", "id-1") + signed.substring(signed.lastIndexOf('.'));
        assertThatThrownBy(() -> signer.verify(forged)).isInstanceOf(ApiException.BadRequest.class)
                .hasMessage("Invalid page_token");
        assertThatThrownBy(() -> signer.verify(PageToken.encode(List.of("a"), "123", "id-1")))
                .isInstanceOf(ApiException.BadRequest.class);
        assertThatThrownBy(() -> signer.verify(signed + "x")).isInstanceOf(ApiException.BadRequest.class);
        assertThatThrownBy(() -> signer.verify(".abc")).isInstanceOf(ApiException.BadRequest.class);
        assertThatThrownBy(() -> signer.verify("abc.%%%")).isInstanceOf(ApiException.BadRequest.class);
    }

    @Test
    void another_key_refuses_the_token() {
        String signed = signer.sign(PageToken.encode(List.of(), "1", "x"));
        assertThatThrownBy(() -> new PageTokenSigner("z".repeat(32).getBytes()).verify(signed))
                .isInstanceOf(ApiException.BadRequest.class);
    }
}
