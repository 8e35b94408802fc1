package dev.quire.storage;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes blobs that no row references. A blob is written (durably) before the row that names it
 * is committed, and deleted after the row that named it is gone, so a crash between the two steps
 * leaves an orphan: unreachable bytes, possibly a user's document. Run at start-up, before any
 * request can be writing a blob whose row is not committed yet.
 */
public final class OrphanBlobs {
    private static final Logger LOG = LoggerFactory.getLogger(OrphanBlobs.class);

    private OrphanBlobs() {
    }

    /** Deletes every stored blob that none of {@code references} names; returns how many. */
    public static int sweep(BlobStore blobs, List<BlobReferences> references) {
        Set<String> needed = new HashSet<>();
        references.forEach(r -> needed.addAll(r.referencedBlobKeys()));
        int removed = 0;
        for (String key : blobs.keys()) {
            if (!needed.contains(key) && blobs.delete(key)) {
                removed++;
            }
        }
        if (removed > 0) {
            LOG.info("removed {} blobs that no file or attachment referenced (left by an interrupted write)", removed);
        }
        return removed;
    }
}
