package dev.quire.http;

import dev.quire.errors.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs page tokens where they leave the server and checks them where they come back, so a token a
 * client altered (a forged sort key, another list's position) is refused with
 * {@code 400 Invalid page_token} before anything decodes it. Features keep encoding plain
 * {@link PageToken}s; only the HTTP layer sees signatures. The key is a server secret that survives
 * restarts, so tokens stay valid across them.
 */
final class PageTokenSigner {
    static final String ATTRIBUTE = "quire.page-token-signer";
    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    PageTokenSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    String sign(String token) {
        return token + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(token));
    }

    /** The token without its signature; 400 when the signature is missing or wrong. */
    String verify(String signed) {
        int dot = signed.lastIndexOf('.');
        if (dot <= 0) {
            throw invalid();
        }
        String token = signed.substring(0, dot);
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signed.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (!MessageDigest.isEqual(mac(token), given)) {
            throw invalid();
        }
        return token;
    }

    private byte[] mac(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256"); // not thread-safe: one per call
            mac.init(key);
            return Arrays.copyOf(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private static ApiException invalid() {
        return new ApiException.BadRequest("Invalid page_token");
    }
}
