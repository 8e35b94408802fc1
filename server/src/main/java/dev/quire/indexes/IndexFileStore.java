package dev.quire.indexes;

import java.util.List;
import java.util.Optional;

/** Per-file results of syncs, with the parsed text that read and grep serve. */
public interface IndexFileStore {
    List<IndexedFile> files(String indexId);

    /** Counts for the index's build state, computed in the database (GET /indexes is polled). */
    Stats stats(String indexId);

    /** Parsed and failed file counts, total chunks, and the failed files with their reasons. */
    record Stats(int parsedFiles, int failedFiles, int chunks, List<IndexedFile> failed) {
        public Stats {
            failed = List.copyOf(failed);
        }
    }

    /** Records a processed file and its parsed text (null text for a failed file), atomically. */
    void save(IndexedFile file, Optional<ParsedText> text);

    /** Records many processed files in one transaction (what one sync commit made durable). */
    void saveAll(List<Saved> files);

    /** A processed file with its parsed text, if parsing succeeded. */
    record Saved(IndexedFile file, Optional<ParsedText> text) {}

    /** Removes a file's results, parsed text and attachments; returns the attachments' storage keys. */
    List<String> remove(String indexId, String sourceFileId, String parsedFileId);

    Optional<ParsedText> parsedText(String indexId, String parsedFileId);

    /**
     * The processed file a live index of the project holds under a parsed file id, or, for a file
     * UUID, the newest one made from that file.
     */
    Optional<IndexedFile> findParsed(String projectId, String parsedFileIdOrFileId);

    /** Removes everything the index stored (index deletion); returns the attachments' storage keys. */
    List<String> removeAll(String indexId);

    /** The text of a parsed file and its page boundaries, {@code pages} as [start, end) pairs. */
    record ParsedText(String content, List<int[]> pages) {}
}
