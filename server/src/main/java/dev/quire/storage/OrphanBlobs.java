package dev.quire.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes blobs that no row references. A blob is written (durably) before the row that names it
 * is committed, and deleted after the row that named it is gone, so a crash between the two steps
 * leaves an orphan: unreachable bytes, possibly a user's document. Run at start-up.
 *
 * <p>A process alone with its store runs the sweep before any request can be writing a blob whose
 * row is not committed yet, and may remove every unreferenced blob ({@link Duration#ZERO}). When
 * several processes share the store, another one may have just put a blob and not yet committed
 * its row: the sweep then spares blobs younger than a minimum age ({@link #SHARED_STORE_MINIMUM_AGE}),
 * far longer than any put-then-commit and than the clock skew between the nodes and the store.
 */
public final class OrphanBlobs {
    /** The minimum age of an orphan on a store that several processes share. */
    public static final Duration SHARED_STORE_MINIMUM_AGE = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(OrphanBlobs.class);

    private OrphanBlobs() {
    }

    /** Deletes every stored blob that none of {@code references} names, however young; returns how many. */
    public static int sweep(BlobStore blobs, List<BlobReferences> references) {
        return sweep(blobs, references, Duration.ZERO, Clock.systemUTC());
    }

    /**
     * Deletes every stored blob at least {@code minimumAge} old that none of {@code references} names;
     * returns how many. The keys are listed before the references are read, so a blob whose row was
     * committed in between is seen as referenced.
     */
    public static int sweep(BlobStore blobs, List<BlobReferences> references, Duration minimumAge, Clock clock) {
        if (minimumAge.isNegative()) {
            throw new IllegalArgumentException("minimum age must not be negative: " + minimumAge);
        }
        Set<String> candidates = minimumAge.isZero()
                ? blobs.keys() : blobs.keysStoredBefore(Instant.now(clock).minus(minimumAge));
        Set<String> needed = new HashSet<>();
        references.forEach(r -> needed.addAll(r.referencedBlobKeys()));
        int removed = 0;
        for (String key : candidates) {
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
