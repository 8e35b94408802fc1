package dev.quire.directories;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Directories as an index sync sees them: read a source directory's entries, and maintain the
 * index's output directory (type {@code index}, one entry per source entry, keyed by the source
 * entry's id as {@code unique_id}). Every method checks the project; unknown or other projects'
 * ids behave like missing ones.
 *
 * <pre>{@code
 * Directory source = catalog.findLive(projectId, index.sourceDirectoryId()).orElseThrow();
 * Directory output = catalog.createOutputDirectory(projectId, indexId, index.name());
 * for (DirectoryFile entry : catalog.entries(projectId, source.id(), OptionalLong.empty())) {
 *     DirectoryFile parsed = catalog.upsertOutputEntry(projectId, output.id(), new OutputEntry(
 *             entry.id(), entry.displayName(), entry.fileId(),
 *             Map.of("source_directory_file_id", entry.id()), entry.userMetadata()));
 * }
 * // later, incrementally: entries changed since the last sync, soft-deleted ones included
 * for (DirectoryFile changed : catalog.entries(projectId, source.id(), OptionalLong.of(lastSyncMicros))) {
 *     if (changed.deleted()) catalog.deleteOutputEntry(projectId, output.id(), changed.id());
 * }
 * }</pre>
 *
 * An entry moved to another directory no longer appears in its old one at all (not even as
 * deleted), so an incremental reader should also compare its indexed ids with the live entries.
 */
public interface DirectoryCatalog {
    /** A live directory of the project. */
    Optional<Directory> findLive(String projectId, String directoryId);

    /**
     * Without {@code changedSinceMicros}: every live entry. With it: every entry, soft-deleted ones
     * included, whose {@code updatedAt} is at or after that time. Oldest first; empty for an unknown directory.
     */
    List<DirectoryFile> entries(String projectId, String directoryId, OptionalLong changedSinceMicros);

    /** Creates the {@code index}-type output directory of an index ({@code system_metadata.index_id}). */
    Directory createOutputDirectory(String projectId, String indexId, String name);

    /** Adds or replaces (same {@code uniqueId}, same {@code dfl-} id) an entry of an output directory. */
    DirectoryFile upsertOutputEntry(String projectId, String outputDirectoryId, OutputEntry entry);

    /** Soft-deletes the output entry with this unique id (the source entry id); false if there is none. */
    boolean deleteOutputEntry(String projectId, String outputDirectoryId, String uniqueId);

    /** Tombstones an output directory and its entries (when its index is deleted). */
    void deleteOutputDirectory(String projectId, String outputDirectoryId);
}
