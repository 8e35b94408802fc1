package dev.quire.indexes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Files stored next to an index's parsed output, such as page screenshots. */
public interface AttachmentStore {
    /** Saves the attachment, replacing one of the same name; returns the replaced one's storage key. */
    Optional<String> saveAttachment(Attachment attachment);

    /** Removes the parsed file's attachments not named in {@code keep}; returns their storage keys. */
    List<String> removeAttachmentsExcept(String indexId, String parsedFileId, Set<String> keep);

    /** Attachments of a parsed file, by name. */
    List<Attachment> attachments(String indexId, String parsedFileId);

    /**
     * Attachments of several parsed files at once (one lookup for a whole result page, not one per
     * file), by parsed file id; files without attachments map to an empty list.
     */
    java.util.Map<String, List<Attachment>> attachments(String indexId, java.util.Collection<String> parsedFileIds);

    Optional<Attachment> attachment(String indexId, String parsedFileId, String name);

    /** An attachment row; {@code storageKey} locates the bytes in the blob store. */
    record Attachment(String indexId, String parsedFileId, String name, String contentType, long sizeBytes,
                      String storageKey, long createdAt) {}
}
