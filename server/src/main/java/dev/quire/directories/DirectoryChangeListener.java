package dev.quire.directories;

/**
 * Told after a committed change to a directory's entries (add, upload, update, move — both
 * directories — delete, and deletes cascading from a file or directory delete). Index output
 * directories written through {@link DirectoryCatalog} do not notify. Implementations must be quick
 * (e.g. schedule a debounced sync) and must not throw.
 *
 * <pre>{@code
 * DirectoryChangeListener listener = (projectId, directoryId) -> scheduler.sourceChanged(projectId, directoryId);
 * }</pre>
 */
@FunctionalInterface
public interface DirectoryChangeListener {
    DirectoryChangeListener NONE = (projectId, directoryId) -> { };

    void directoryChanged(String projectId, String directoryId);
}
