package dev.quire.directories;

import dev.quire.files.FileReferences;
import java.util.List;

/** When a file is deleted, the entries pointing at it are soft-deleted with it (contract §4.4). */
public final class DirectoryFileReferences implements FileReferences {
    private final DirectoryFileStore entries;
    private final Notifier notifier;

    public DirectoryFileReferences(DirectoryFileStore entries, DirectoryChangeListener listener) {
        this.entries = entries;
        this.notifier = new Notifier(listener);
    }

    @Override
    public Runnable release(String projectId, String fileId, long at) {
        List<String> changed = entries.markDeletedByFile(projectId, fileId, at);
        return () -> notifier.changed(projectId, changed);
    }
}
