package dev.quire.common;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Files and directories only the server's own user may read: documents, key hashes and the presign
 * secret live in the data directory. Directories are created 0700 and files 0600; on file systems
 * without POSIX permissions (Windows) the platform defaults apply.
 *
 * <pre>{@code
 * PrivateFiles.prepareDataDirectory(dataDir);            // at start: create, or tighten an old one
 * try (OutputStream out = PrivateFiles.newFile(path)) { ... }
 * }</pre>
 */
public final class PrivateFiles {
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private PrivateFiles() {}

    /**
     * Creates the data directory 0700, or removes group and other access from an existing one and
     * everything in it: older versions created it 755/644, and libraries (Lucene, the database)
     * create their files with the process umask. Symbolic links are not followed. Paths that cannot be
     * changed (owned by another user) are reported in one warning, not fatal.
     */
    public static void prepareDataDirectory(Path dataDir) {
        createDirectories(dataDir);
        if (!posix(dataDir)) {
            return;
        }
        List<String> refused = new ArrayList<>();
        try {
            Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    tighten(dir, refused);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isSymbolicLink()) {
                        tighten(file, refused);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    refused.add(file + ": " + e);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict the permissions of " + dataDir, e);
        }
        if (!refused.isEmpty()) {
            // Not fatal: a file owned by another user (a restored backup, a shared volume) must not keep
            // the server down, but the operator has to know that it may be readable by others.
            LoggerFactory.getLogger(PrivateFiles.class).warn("could not remove group/other access from {} "
                    + "path(s) in the data directory, first: {}", refused.size(), refused.get(0));
        }
    }

    /** Like {@link Files#createDirectories}, but each directory it creates is 0700. */
    public static Path createDirectories(Path dir) {
        try {
            return posix(dir)
                    ? Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR))
                    : Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a new file (it must not exist) readable and writable by the owner only. */
    public static OutputStream newFile(Path file) throws IOException {
        Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        FileAttribute<?>[] attributes = posix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        return Channels.newOutputStream(Files.newByteChannel(file, options, attributes));
    }

    private static void tighten(Path p, List<String> refused) {
        try {
            Set<PosixFilePermission> current = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (current.stream().anyMatch(GROUP_AND_OTHERS::contains)) {
                Set<PosixFilePermission> owner = EnumSet.noneOf(PosixFilePermission.class);
                owner.addAll(current);
                owner.removeAll(GROUP_AND_OTHERS);
                Files.setPosixFilePermissions(p, owner);
            }
        } catch (IOException e) {
            refused.add(p + ": " + e);
        }
    }

    private static boolean posix(Path p) {
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
