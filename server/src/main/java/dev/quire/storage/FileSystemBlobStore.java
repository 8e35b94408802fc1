package dev.quire.storage;

import dev.quire.common.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Blobs as files under {@code <dataDir>/blobs/<2 hex>/<32 hex>}, named by random UUIDs. Each put
 * writes to {@code blobs/tmp}, fsyncs the file, moves it into place atomically and fsyncs the
 * directory, so that a key handed out survives a crash. Files are 0600 and directories 0700: blobs
 * are the users' documents.
 *
 * <p>Several processes may share the directory (a shared file system): keys are random, a put is
 * invisible until its rename, and temp files are named by their key, so processes never touch each
 * other's files except through the sweeps, which spare young files (see {@link #open(Path, Duration)}).
 */
public final class FileSystemBlobStore implements BlobStore {
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;
    private final Path tmp;
    /** Deletes hold the read side; {@link #holdingDeletes} the write side. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock deletes =
            new java.util.concurrent.locks.ReentrantReadWriteLock();

    private FileSystemBlobStore(Path root) {
        this.root = root;
        this.tmp = root.resolve("tmp");
    }

    /** Opens the store under {@code dataDir/blobs} for this process alone, removing every leftover temp file. */
    public static FileSystemBlobStore open(Path dataDir) {
        return open(dataDir, Duration.ZERO);
    }

    /**
     * Opens the store under {@code dataDir/blobs}, removing temp files an earlier crash left behind
     * that are at least {@code leftoverAge} old: on a directory shared by several processes a younger
     * one may be another process's put in progress.
     */
    public static FileSystemBlobStore open(Path dataDir, Duration leftoverAge) {
        FileSystemBlobStore store = new FileSystemBlobStore(dataDir.resolve("blobs"));
        Instant cutoff = Instant.now().minus(leftoverAge);
        try {
            PrivateFiles.createDirectories(store.tmp);
            try (Stream<Path> leftovers = Files.list(store.tmp)) {
                for (Path p : leftovers.toList()) {
                    if (leftoverAge.isZero() || storedBefore(p, cutoff)) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    @Override
    public StoredBlob putAs(String key, InputStream content) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a blob key: " + key);
        }
        Path part = tmp.resolve(key + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (DigestInputStream in = new DigestInputStream(content, sha);
                 OutputStream out = PrivateFiles.newFile(part)) {
                size = in.transferTo(out);
            }
            fsync(part, StandardOpenOption.WRITE);
            Path target = path(key);
            if (!Files.isDirectory(target.getParent())) {
                PrivateFiles.createDirectories(target.getParent());
                fsync(root, StandardOpenOption.READ);
            }
            move(part, target);
            // The rename is durable only once the directory that now names the file is synced.
            fsync(target.getParent(), StandardOpenOption.READ);
            return new StoredBlob(key, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException(e);
        } catch (RuntimeException | Error e) {
            deleteQuietly(part);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<InputStream> open(String key) {
        if (!KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(path(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean delete(String key) {
        if (!KEY.matcher(key).matches()) {
            return false;
        }
        deletes.readLock().lock();
        try {
            return Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deletes.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} while no blob is deleted (deletes wait): an online backup copies the database and
     * then links the blobs, and a blob whose row the copy holds must still be there to be linked.
     */
    public <T> T holdingDeletes(java.util.function.Supplier<T> work) {
        deletes.writeLock().lock();
        try {
            return work.get();
        } finally {
            deletes.writeLock().unlock();
        }
    }

    @Override
    public Set<String> keysStoredBefore(Instant instant) {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> shards = Files.list(root)) {
            for (Path shard : shards.filter(p -> !p.equals(tmp) && Files.isDirectory(p)).toList()) {
                try (Stream<Path> blobs = Files.list(shard)) {
                    for (Path blob : blobs.filter(p -> KEY.matcher(p.getFileName().toString()).matches()).toList()) {
                        if (instant.equals(Instant.MAX) || storedBefore(blob, instant)) {
                            keys.add(blob.getFileName().toString());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    /**
     * Hard-links every stored blob not yet in {@code target} into {@code target/<shard>/<key>} (copies
     * where links are not possible): blobs never change once stored, so a link is a snapshot of one.
     * Returns how many were added; blobs deleted while this runs are skipped.
     */
    public int linkInto(Path target) {
        int added = 0;
        for (String key : keysStoredBefore(Instant.MAX)) {
            Path to = target.resolve(key.substring(0, 2)).resolve(key);
            if (Files.exists(to)) {
                continue;
            }
            try {
                PrivateFiles.createDirectories(to.getParent());
                try {
                    Files.createLink(to, path(key));
                } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                    if (e instanceof NoSuchFileException) {
                        continue;
                    }
                    Files.copy(path(key), to, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
                added++;
            } catch (NoSuchFileException e) {
                // Deleted since it was listed.
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return added;
    }

    /** The rename keeps the temp file's modification time: the end of the put's last write. */
    private static boolean storedBefore(Path blob, Instant instant) throws IOException {
        try {
            return !modified(blob).isAfter(instant);
        } catch (NoSuchFileException e) {
            return false; // deleted (by another process?) since it was listed
        }
    }

    private static Instant modified(Path p) throws IOException {
        return Files.getLastModifiedTime(p).toInstant();
    }

    /** Forces a file's bytes, or a directory's entries, to the disk (directories open read-only). */
    private static void fsync(Path path, StandardOpenOption mode) throws IOException {
        try (FileChannel channel = FileChannel.open(path, mode)) {
            channel.force(true);
        }
    }

    private Path path(String key) {
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // The next start clears blobs/tmp; the original failure is what the caller needs to see.
        }
    }
}
