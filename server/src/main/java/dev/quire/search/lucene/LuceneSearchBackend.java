package dev.quire.search.lucene;

import dev.quire.common.PrivateFiles;
import dev.quire.search.SearchBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The embedded backend: open Lucene indexes, one per Quire index, each in its own folder under the data directory.
 * Opened on first use and kept open: a {@link LuceneIndex} owns one writer and must be shared.
 */
public final class LuceneSearchBackend implements SearchBackend {
    private final Path root;
    private final ConcurrentHashMap<String, LuceneIndex> open = new ConcurrentHashMap<>();

    public LuceneSearchBackend(Path root) {
        this.root = root;
    }

    @Override
    public LuceneIndex index(String indexId, int dimension) {
        return open.computeIfAbsent(indexId, id -> {
            Path dir = folder(id);
            PrivateFiles.createDirectories(dir);
            return LuceneIndex.open(dir, dimension);
        });
    }

    /** Closes and removes an index's folder, all of it. */
    @Override
    public void drop(String indexId) {
        LuceneIndex index = open.remove(indexId);
        if (index != null) {
            index.close();
        }
        deleteTree(root.resolve(checked(indexId)));
    }

    /** Ids of the indexes that have a folder on disk (start-up repair drops those of deleted indexes). */
    @Override
    public List<String> storedIndexIds() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(LuceneSearchBackend::isIndexId).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String indexId) {
        return root.resolve(checked(indexId)).resolve("lucene");
    }

    private static String checked(String indexId) {
        if (!isIndexId(indexId)) {
            throw new IllegalArgumentException("not an index id: " + indexId);
        }
        return indexId;
    }

    private static boolean isIndexId(String name) {
        return name.matches("[A-Za-z0-9-]+");
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
