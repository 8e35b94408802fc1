package dev.quire.indexes;

/**
 * The index's output directory (type {@code index}) that holds one parsed directory file per
 * source file; the parsed file ids are what retrieval returns as {@code parsed_directory_file_id}.
 */
public interface OutputDirectories {
    /** Creates the output directory of a new index and returns its id. */
    String create(String projectId, String indexId, String indexName);

    /**
     * Creates or updates the parsed entry of a source file and returns its id, which stays the same
     * for the same source file across syncs.
     */
    String upsertParsed(String projectId, String outputDirectoryId, SourceFiles.SourceFile source);

    /** Removes the parsed entry of a source file that left the source directory. */
    void removeParsed(String projectId, String outputDirectoryId, String sourceDirectoryFileId);

    /** Deletes the output directory with its entries (index deletion). */
    void delete(String projectId, String outputDirectoryId);
}
