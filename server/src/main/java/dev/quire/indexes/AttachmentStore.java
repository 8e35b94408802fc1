package dev.quire.indexes;

import java.util.List;
import java.util.Optional;

/** Files stored next to an index's parsed output, such as page screenshots. */
public interface AttachmentStore {
    /** Saves the attachment, replacing one of the same name; returns the replaced one's storage key. */
    Optional<String> saveAttachment(Attachment attachment);

    /** Attachments of a parsed file, by name. */
    List<Attachment> attachments(String indexId, String parsedFileId);

    Optional<Attachment> attachment(String indexId, String parsedFileId, String name);

    /** An attachment row; {@code storageKey} locates the bytes in the blob store. */
    record Attachment(String indexId, String parsedFileId, String name, String contentType, long sizeBytes,
                      String storageKey, long createdAt) {}
}
