package dev.quire.search;

import dev.quire.common.PrivateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The open Lucene indexes, one per Quire index, each in its own folder under the data directory.
 * Opened on first use and kept open: a {@link LuceneIndex} owns one writer and must be shared.
 */
public final class SearchIndexes implements AutoCloseable {
    private final Path root;
    private final ConcurrentHashMap<String, LuceneIndex> open = new ConcurrentHashMap<>();

    public SearchIndexes(Path root) {
        this.root = root;
    }

    public LuceneIndex get(String indexId, int dimension) {
        return open.computeIfAbsent(indexId, id -> {
            Path dir = folder(id);
            PrivateFiles.createDirectories(dir);
            return LuceneIndex.open(dir, dimension);
        });
    }

    /** Closes and removes an index's folder. */
    public void drop(String indexId) {
        LuceneIndex index = open.remove(indexId);
        if (index != null) {
            index.close();
        }
        deleteTree(folder(indexId));
    }

    private Path folder(String indexId) {
        if (!indexId.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("not an index id: " + indexId);
        }
        return root.resolve(indexId).resolve("lucene");
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        open.values().forEach(LuceneIndex::close);
        open.clear();
    }
}
