package dev.quire.directories;

import java.util.Collection;
import java.util.LinkedHashSet;

/** Tells the change listener about committed changes; a failing listener never fails the request. */
final class Notifier {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Notifier.class);

    private final DirectoryChangeListener listener;

    Notifier(DirectoryChangeListener listener) {
        this.listener = listener;
    }

    void changed(String projectId, Collection<String> directoryIds) {
        for (String id : new LinkedHashSet<>(directoryIds)) {
            try {
                listener.directoryChanged(projectId, id);
            } catch (RuntimeException e) {
                // The change is committed; the answer to the client must not become an error.
                LOG.warn("directory change listener failed for {}", id, e);
            }
        }
    }
}
