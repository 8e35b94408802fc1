package dev.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code <data>/quire.lock}, held for the life of the server so that two servers never share a data
 * directory (they would corrupt each other's database and search indexes). The operating system
 * releases the lock when the process dies, however it dies, so a crash never leaves a stale lock.
 * The file holds the owner's pid, for the message the second server prints.
 *
 * <pre>{@code
 * try (DataDirectoryLock lock = DataDirectoryLock.acquire(dataDir)) { ... }
 * }</pre>
 */
public final class DataDirectoryLock implements AutoCloseable {
    static final String FILE = "quire.lock";
    /**
     * Lock files this process holds. The operating system keeps these locks per process, and closing
     * any descriptor of the file drops them, so a second attempt from this JVM must be refused
     * before it opens the file. Process-wide state on purpose: it mirrors the kernel's.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link StartupFailure} naming the process that holds it. */
    public static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.toAbsolutePath().normalize().resolve(FILE);
        if (!HELD.add(file)) {
            throw inUse(dataDir, ProcessHandle.current().pid());
        }
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                // Reading through another descriptor is safe here: this process holds no lock on the file.
                throw inUse(dataDir, owner(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirectoryLock(file, channel, lock);
        } catch (IOException e) {
            HELD.remove(file);
            throw new UncheckedIOException("cannot lock the data directory " + dataDir, e);
        } catch (RuntimeException e) {
            HELD.remove(file);
            throw e;
        }
    }

    /**
     * No lock, for a node whose database and search live in shared services: what it keeps in the data
     * directory (blobs under unique keys, temporary uploads) may be shared with other nodes.
     */
    public static DataDirectoryLock none() {
        return new DataDirectoryLock(null, null, null);
    }

    private static StartupFailure inUse(Path dataDir, Object pid) {
        return new StartupFailure("data directory " + dataDir + " is in use by another Quire process (pid " + pid + ")");
    }

    private static String owner(Path file) {
        try {
            String pid = Files.readString(file, StandardCharsets.UTF_8).trim();
            return pid.isEmpty() ? "unknown" : pid;
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Releases the lock; the file stays (deleting it would race with a server starting). */
    @Override
    public void close() {
        if (channel == null || !channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            HELD.remove(file);
        }
    }
}
