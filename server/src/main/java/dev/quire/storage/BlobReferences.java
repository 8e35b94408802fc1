package dev.quire.storage;

import java.util.Set;

/**
 * A store whose rows point at blobs. Deletions remove the row first (the commit point) and the blob
 * after; a crash in between leaves a blob that no store lists, an orphan that a start-up sweep may
 * delete: {@code blobStore.keys()} minus the union of every store's {@code referencedBlobKeys()}.
 */
public interface BlobReferences {
    /** Keys of the blobs that live rows still need (rows of deleted objects do not count). */
    Set<String> referencedBlobKeys();
}
