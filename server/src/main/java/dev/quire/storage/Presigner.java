package dev.quire.storage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import dev.quire.common.Timestamps;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs expiring links to blobs, served by {@link StorageRoutes} without an API key. The token is
 * {@code base64url(payload) "." base64url(HMAC-SHA256(payload))}; the payload names the blob, the
 * content type and file name to answer with, and the expiry. Tampered or expired tokens verify to empty.
 *
 * <pre>{@code
 * PresignedUrl link = presigner.presign(blob.key(), "image/jpeg", "page_1.jpg", Duration.ofHours(1));
 * }</pre>
 */
public final class Presigner {
    public static final String ROUTE = "/storage/v1/objects/";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final Clock clock;
    private final Supplier<String> baseUrl;

    /** {@code baseUrl}: asked at each presign, so it may depend on the port bound at start-up. */
    public Presigner(byte[] secret, Clock clock, Supplier<String> baseUrl) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("signing secret must have at least 32 bytes: " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /** What a verified token grants: one blob, served with this content type and file name. */
    public record SignedObject(String blobKey, String contentType, String fileName, long expiresAtMicros) {}

    public PresignedUrl presign(String blobKey, String contentType, String fileName, Duration ttl) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive: " + ttl);
        }
        long expires = Timestamps.nowMicros(clock) + ttl.toNanos() / 1000;
        byte[] payload = Json.writeBytes(Map.of("k", blobKey, "t", contentType, "n", fileName, "e", expires));
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String token = b64.encodeToString(payload) + "." + b64.encodeToString(mac(payload));
        String base = baseUrl.get();
        String url = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + ROUTE + token;
        return new PresignedUrl(url, Timestamps.format(expires), null);
    }

    /** The signed object, if the token is intact and not yet expired. */
    public Optional<SignedObject> verify(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(token.substring(0, dot));
            byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            JsonNode p = Json.mapper().readTree(payload);
            SignedObject object = new SignedObject(p.path("k").asText(), p.path("t").asText(),
                    p.path("n").asText(), p.path("e").asLong());
            return object.expiresAtMicros() > Timestamps.nowMicros(clock) ? Optional.of(object) : Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** The base URL of presigned links: the configured public URL, else http://host:port. */
    public static Supplier<String> baseUrl(Optional<String> configured, String host, java.util.function.IntSupplier port) {
        return () -> configured.orElseGet(() -> "http://" + host + ":" + port.getAsInt());
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
