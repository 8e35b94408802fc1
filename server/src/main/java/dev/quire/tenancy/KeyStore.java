package dev.quire.tenancy;

import java.util.List;
import java.util.Optional;

/** API keys, found by their non-secret display prefix and checked by hash. */
public interface KeyStore {
    void insert(ApiKey key, String keyHash);

    /** Every key whose display prefix is this one (normally one), with its stored hash, revoked ones included. */
    List<StoredKey> findByPrefix(String keyPrefix);

    /** Whether any live key exists. */
    boolean any();

    /** A project's live keys, oldest first. */
    List<ListedKey> list(String projectId);

    /** Revokes a key of the project; a key revoked before counts as revoked now (DELETE retries). */
    Revocation revoke(String projectId, String keyId, long atMicros);

    void recordUse(String keyId, long atMicros);

    /** A key as stored: the record, the SHA-256 hex of its secret, and whether it was revoked. */
    record StoredKey(ApiKey key, String hash, boolean revoked) {}

    /** A key as listed: the record and when it was last used, as far as recorded. */
    record ListedKey(ApiKey key, Optional<Long> lastUsedAt) {}

    enum Revocation { REVOKED, NOT_FOUND }
}
