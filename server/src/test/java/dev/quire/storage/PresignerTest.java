package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PresignerTest {
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Presigner at(Instant now, byte[] secret) {
        return new Presigner(secret, Clock.fixed(now, ZoneOffset.UTC), () -> "https://quire.example/");
    }

    private static String token(PresignedUrl url) {
        return url.url().substring(url.url().lastIndexOf('/') + 1);
    }

    @Test
    void signed_links_name_the_blob_until_they_expire() {
        PresignedUrl url = at(T0, SECRET).presign("abc", "image/jpeg", "page_1.jpg", Duration.ofHours(1));
        assertThat(url.url()).startsWith("https://quire.example/storage/v1/objects/");
        assertThat(url.expiresAt()).isEqualTo("2026-01-01T01:00:00.000000Z");
        assertThat(url.formFields()).isNull();

        Presigner.SignedObject object = at(T0.plusSeconds(3599), SECRET).verify(token(url)).orElseThrow();
        assertThat(object.blobKey()).isEqualTo("abc");
        assertThat(object.contentType()).isEqualTo("image/jpeg");
        assertThat(object.fileName()).isEqualTo("page_1.jpg");
        assertThat(at(T0.plusSeconds(3600), SECRET).verify(token(url))).isEmpty();
    }

    @Test
    void tampered_tokens_and_other_secrets_do_not_verify() {
        String token = token(at(T0, SECRET).presign("abc", "text/plain", "a.txt", Duration.ofHours(1)));
        String payload = token.substring(0, token.indexOf('.'));
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(java.util.Base64.getUrlDecoder().decode(payload)).replace("abc", "xyz").getBytes());
        assertThat(at(T0, SECRET).verify(forgedPayload + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(at(T0, "another-secret-another-secret-xx".getBytes()).verify(token)).isEmpty();
        assertThat(at(T0, SECRET).verify("")).isEmpty();
        assertThat(at(T0, SECRET).verify("a.b.c")).isEmpty();
        assertThat(at(T0, SECRET).verify("!!!.???")).isEmpty();
        assertThatThrownBy(() -> at(T0, new byte[8])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void content_disposition_keeps_unicode_names_and_strips_quotes() {
        assertThat(StorageRoutes.contentDisposition("a\"b é.pdf"))
                .isEqualTo("attachment; filename=\"a_b _.pdf\"; filename*=UTF-8''a%22b%20%C3%A9.pdf");
    }
}
