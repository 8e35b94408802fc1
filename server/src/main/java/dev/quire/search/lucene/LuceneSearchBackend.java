package dev.quire.search.lucene;

import dev.quire.common.PrivateFiles;
import dev.quire.search.SearchBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;

/**
 * The embedded backend: open Lucene indexes, one per Quire index, each in its own folder under the data directory.
 * Opened on first use and kept open: a {@link LuceneIndex} owns one writer and must be shared.
 */
public final class LuceneSearchBackend implements SearchBackend {
    private final Path root;
    private final dev.quire.search.Bm25Boosts bm25;
    private final ConcurrentHashMap<String, LuceneIndex> open = new ConcurrentHashMap<>();
    /** Commits and drops hold the read side; a backup holds the write side while it takes its snapshot. */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();

    public LuceneSearchBackend(Path root) {
        this(root, dev.quire.search.Bm25Boosts.NONE);
    }

    public LuceneSearchBackend(Path root, dev.quire.search.Bm25Boosts bm25) {
        this.root = root;
        this.bm25 = bm25;
    }

    @Override
    public LuceneIndex index(String indexId, int dimension) {
        return open.computeIfAbsent(indexId, id -> {
            Path dir = folder(id);
            PrivateFiles.createDirectories(dir);
            return LuceneIndex.open(dir, dimension, new org.apache.lucene.analysis.en.EnglishAnalyzer(), gate.readLock(), bm25);
        });
    }

    /** Closes and removes an index's folder, all of it. */
    @Override
    public void drop(String indexId) {
        gate.readLock().lock();
        try {
            LuceneIndex index = open.remove(indexId);
            if (index != null) {
                index.close();
            }
            deleteTree(root.resolve(checked(indexId)));
        } finally {
            gate.readLock().unlock();
        }
    }

    /**
     * An online backup's view of the search indexes: runs {@code atSnapshot} (the database copy) while no
     * index commits or is dropped, then, still so, links each index's last commit into
     * {@code target/<index id>/lucene}. Searches and uncommitted writes go on meanwhile. Returns the ids of
     * the indexes copied (one never committed has nothing to copy).
     *
     * <p>Why this order is consistent: a sync commits chunks first and records them in the database
     * after; the database copy may therefore miss records of the last commit, which is what a crash
     * between the two leaves, and the next sync repairs it (see SyncRun).
     */
    @Override
    public boolean backsUpOnline() {
        return true;
    }

    @Override
    public List<String> backup(Path target, Runnable atSnapshot) {
        gate.writeLock().lock();
        try {
            atSnapshot.run();
            List<String> copied = new ArrayList<>();
            for (String id : storedIndexIds()) {
                Path into = target.resolve(id).resolve("lucene");
                LuceneIndex index = open.get(id);
                if (index != null ? index.snapshotInto(into) : linkLastCommit(folder(id), into)) {
                    copied.add(id);
                }
            }
            return List.copyOf(copied);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot back up the search indexes", e);
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** An index not opened since start: its folder changes only through this backend, which the gate holds. */
    private static boolean linkLastCommit(Path dir, Path target) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            if (DirectoryReader.listCommits(directory).isEmpty()) {
                return false;
            }
            linkFiles(dir, SegmentInfos.readLatestCommit(directory).files(true), target);
            return true;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            return false;
        }
    }

    /** Hard-links each named file of {@code source} into {@code target} (copies where links are not possible). */
    static void linkFiles(Path source, java.util.Collection<String> names, Path target) throws IOException {
        PrivateFiles.createDirectories(target);
        for (String name : names) {
            Path from = source.resolve(name);
            Path to = target.resolve(name);
            try {
                Files.createLink(to, from);
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
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
