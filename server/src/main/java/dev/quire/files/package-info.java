/**
 * Uploaded files (contract §4): metadata rows plus bytes in the blob store, and the
 * {@link dev.quire.files.FileCatalog} other features read them through. Uses storage for blobs and
 * presigned links; must not import directories, indexes or chat.
 */
package dev.quire.files;
