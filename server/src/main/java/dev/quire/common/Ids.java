package dev.quire.common;

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

    public static Ids random() {
        return new Ids(UUID::randomUUID);
    }

    public String uuid() {
        return uuids.get().toString();
    }

    public String prefixed(String prefix) {
        return prefix + "-" + uuid();
    }
}
