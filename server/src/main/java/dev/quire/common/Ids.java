package dev.quire.common;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
     * lock became the bottleneck of concurrent creates (measured with bench/run chat-create).
     */
    public static Ids random() {
        ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(Ids::drbg);
        return new Ids(() -> {
            byte[] b = new byte[16];
            random.get().nextBytes(b);
            b[6] = (byte) ((b[6] & 0x0f) | 0x40); // version 4
            b[8] = (byte) ((b[8] & 0x3f) | 0x80); // IETF variant
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(b);
            return new UUID(buffer.getLong(), buffer.getLong());
        });
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
