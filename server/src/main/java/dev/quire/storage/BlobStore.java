package dev.quire.storage;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

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
 */
public interface BlobStore {
    /** Stores the stream's bytes (read to the end, not closed). I/O failures are unchecked. */
    StoredBlob put(InputStream content);

    /** The blob's bytes; empty if no such blob (never stored, deleted, or a malformed key). */
    Optional<InputStream> open(String key);

    /** Removes the blob; false if there was none. */
    boolean delete(String key);

    /** Every stored key, not counting puts in progress (for the orphan sweep, see {@link BlobReferences}). */
    java.util.Set<String> keys();
}
