package dev.quire.storage;

import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Immutable blobs addressed by server-generated keys. A put either stores the whole stream or
 * nothing: a failed or aborted upload leaves no partial blob. A put that returned is durable (on
 * disk, not only in the page cache), so a row that names the key may be committed after it.
 *
 * <pre>{@code
 * StoredBlob blob = blobs.put(upload.content());
 * try (InputStream in = blobs.open(blob.key()).orElseThrow()) { ... }
 * blobs.delete(blob.key());
 * }</pre>
 *
 * <p>Implementations: {@link FileSystemBlobStore} (a local or shared directory) and {@link S3BlobStore}
 * (any S3-compatible object store); {@link BlobStores#open} picks one from {@link BlobSettings}. They
 * are thread-safe, and several processes may share one store (see {@link OrphanBlobs} for the one
 * step that must then leave young blobs alone).
 */
public interface BlobStore {
    /** Stores the stream's bytes under a new key (read to the end, not closed). I/O failures are unchecked. */
    default StoredBlob put(InputStream content) {
        return putAs(UUID.randomUUID().toString().replace("-", ""), content);
    }

    /**
     * Stores the stream's bytes under {@code key}, a key that {@link #put} could have made (32 lower-case
     * hex digits; anything else is an IllegalArgumentException). Moving a deployment's blobs to another
     * store keeps their keys, so the rows that name them stay right.
     */
    StoredBlob putAs(String key, InputStream content);

    /** The blob's bytes; empty if no such blob (never stored, deleted, or a malformed key). */
    Optional<InputStream> open(String key);

    /** Removes the blob; false if there was none (or the key is malformed). */
    boolean delete(String key);

    /** Every stored key, not counting puts in progress (for the orphan sweep, see {@link BlobReferences}). */
    default Set<String> keys() {
        return keysStoredBefore(Instant.MAX);
    }

    /**
     * The keys of blobs whose put completed at or before {@code instant}, as the store's clock tells it
     * (file modification time, S3 {@code Last-Modified}): a sweep on a shared store must spare blobs
     * that another process has just put and not yet named in a committed row.
     */
    Set<String> keysStoredBefore(Instant instant);
}
