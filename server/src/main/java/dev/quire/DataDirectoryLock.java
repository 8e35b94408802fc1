package dev.quire;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

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

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock or throws {@link StartupFailure} naming the process that holds it. */
    public static DataDirectoryLock acquire(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                channel.close();
                throw inUse(dataDir, ProcessHandle.current().pid());
            }
            if (lock == null) {
                channel.close();
                // Reading through another descriptor is safe here: this process holds no lock on the file.
                throw inUse(dataDir, owner(file));
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock the data directory " + dataDir, e);
        }
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
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
