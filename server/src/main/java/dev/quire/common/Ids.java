package dev.quire.common;

import java.nio.ByteBuffer;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes resource ids: a prefix (ses-, dir-, idx-, ...) and a UUID. The UUID source is injected so
 * that tests can make ids predictable.
 */
public final class Ids {
    private final Supplier<UUID> uuids;

    public Ids(Supplier<UUID> uuids) {
        this.uuids = uuids;
    }

    /**
     * Random (version 4) UUIDs from a per-thread DRBG. UUID.randomUUID shares one NativePRNG whose
     * lock became the bottleneck of concurrent creates (measured with bench/run chat-create); each
     * thread also draws its random bytes 4 KB at a time, as a DRBG call has a fixed cost per call.
     */
    public static Ids random() {
        ThreadLocal<RandomBytes> random = ThreadLocal.withInitial(RandomBytes::new);
        return new Ids(() -> {
            byte[] b = random.get().next16();
            b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
            b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
            ByteBuffer buffer = ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        });
    }

    /** One thread's DRBG and its unread output; never shared between threads. */
    private static final class RandomBytes {
        private final SecureRandom drbg = drbg();
        private final byte[] buffer = new byte[4096];
        private int position = buffer.length;

        byte[] next16() {
            if (position == buffer.length) {
                drbg.nextBytes(buffer);
                position = 0;
            }
            byte[] out = Arrays.copyOfRange(buffer, position, position + 16);
            position += 16; // each byte is handed out once
            return out;
        }
    }

    private static SecureRandom drbg() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    public String uuid() {
        return uuids.get().toString();
    }

    public String prefixed(String prefix) {
        return prefix + "-" + uuid();
    }
}
