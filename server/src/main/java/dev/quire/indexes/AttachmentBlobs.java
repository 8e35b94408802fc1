package dev.quire.indexes;

import dev.quire.storage.BlobStore;
import java.io.ByteArrayInputStream;
import java.util.Collection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of an index's attachments (page screenshots) in the blob store. Callers delete a blob
 * only after the row that pointed at it is gone (the commit point); if the process dies in between,
 * the blob is an orphan that no store lists and the start-up sweep collects it.
 */
public final class AttachmentBlobs {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentBlobs.class);

    private final BlobStore blobs;

    public AttachmentBlobs(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Stores the bytes and returns the key to find them again. */
    String store(byte[] bytes) {
        return blobs.put(new ByteArrayInputStream(bytes)).key();
    }

    /** Removes blobs no row refers to any more. A failure leaves an orphan, never a broken row. */
    void delete(Collection<String> keys) {
        for (String key : keys) {
            try {
                blobs.delete(key);
            } catch (RuntimeException e) {
                LOG.warn("could not remove an attachment blob; the start-up sweep will", e);
            }
        }
    }
}
