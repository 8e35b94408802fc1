package dev.quire.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stored answers are encrypted (AES-256-GCM) with a key derived from the client's Idempotency-Key,
 * which the database holds only as a hash. An answer can contain a new API key's secret; this way a
 * copy of the database does not reveal it, and only a client that knows the Idempotency-Key gets the
 * answer back. (A guessable Idempotency-Key gives that protection up; the SDKs send random UUIDs.)
 */
final class SealedAnswers {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random;

    SealedAnswers(SecureRandom random) {
        this.random = random;
    }

    /** The hash that names the key in the database; unrelated to the encryption key by its prefix. */
    static String keyHash(String idempotencyKey) {
        return HexFormat.of().formatHex(sha256("quire-idempotency-key:" + idempotencyKey));
    }

    String seal(String idempotencyKey, byte[] answer) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, idempotencyKey, nonce, answer);
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    byte[] open(String idempotencyKey, String sealed) {
        byte[] in = Base64.getDecoder().decode(sealed);
        return crypt(Cipher.DECRYPT_MODE, idempotencyKey, Arrays.copyOf(in, NONCE_BYTES),
                Arrays.copyOfRange(in, NONCE_BYTES, in.length));
    }

    private static byte[] crypt(int mode, String idempotencyKey, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(sha256("quire-idempotency-seal:" + idempotencyKey), "AES"),
                    new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("stored idempotent answer cannot be sealed or opened", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
