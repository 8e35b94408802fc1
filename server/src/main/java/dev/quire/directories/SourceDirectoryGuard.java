package dev.quire.directories;

/**
 * Answers whether an index reads from a directory; such a directory cannot be deleted (409).
 * Main wires it to the index catalog: {@code new DirectoriesService(store, indexes::isSource, ...)}.
 */
@FunctionalInterface
public interface SourceDirectoryGuard {
    SourceDirectoryGuard NONE = directoryId -> false;

    boolean isIndexSource(String directoryId);
}
