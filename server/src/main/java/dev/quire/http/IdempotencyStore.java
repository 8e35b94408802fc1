package dev.quire.http;

import java.util.Optional;

/**
 * Idempotency keys and the answers stored for them. A key is first reserved (no answer yet), then
 * completed with the answer, or released when the request failed so that a retry may run it again.
 */
public interface IdempotencyStore {
    /** Reserves the key; false if the project already has a row for it (see {@link #find}). */
    boolean reserve(String projectId, String keyHash, String requestHash, long nowMicros);

    Optional<Entry> find(String projectId, String keyHash);

    void complete(String projectId, String keyHash, int status, String sealedResponse);

    /** Drops a reservation that has no answer. */
    void release(String projectId, String keyHash);

    /** Drops rows created before the cutoff; with {@code onlyUnanswered}, only reservations. */
    void deleteCreatedBefore(long cutoffMicros, boolean onlyUnanswered);

    /** A stored row; {@code status} is empty while the first request is still running. */
    record Entry(String requestHash, Optional<Integer> status, Optional<String> sealedResponse, long createdAt) {}
}
