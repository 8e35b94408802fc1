package dev.quire.tenancy;

import java.util.List;

/** API keys, found by their non-secret display prefix and checked by hash. */
public interface KeyStore {
    void insert(ApiKey key, String keyHash);

    /** Every key whose display prefix is this one (normally one), with its stored hash. */
    List<StoredKey> findByPrefix(String keyPrefix);

    /** A key as stored: the record and the SHA-256 hex of its secret. */
    record StoredKey(ApiKey key, String hash) {}

    boolean any();
}
