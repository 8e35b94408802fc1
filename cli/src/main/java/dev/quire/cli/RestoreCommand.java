package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quire restore FILE}: unpacks a backup into an empty data directory, offline. It holds the data
 * directory's lock ({@code quire.lock}, the one the server takes) while it writes, so a server cannot
 * start on a half-restored directory, and one already running there makes it refuse. On failure it
 * removes what it wrote.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup FILE into an empty data directory (no server may use it); then start a "
                + "server there.", "Files are created readable by their owner only."})
final class RestoreCommand implements Callable<Integer> {
    private static final String LOCK = "quire.lock";

    @ParentCommand
    private QuireCli cli;

    @Parameters(index = "0", paramLabel = "FILE", description = "A backup written by `quire backup`.")
    private Path file;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "The empty data directory (default: $QUIRE_DATA_DIR).")
    private Path dataDir;

    @Override
    public Integer call() throws IOException {
        Path dir = dataDir != null ? dataDir : cli.console.env("QUIRE_DATA_DIR") == null ? null
                : Path.of(cli.console.env("QUIRE_DATA_DIR"));
        if (dir == null) {
            throw new CliFailure(ExitCodes.USAGE, "name the data directory to restore into with --data-dir or QUIRE_DATA_DIR");
        }
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(ExitCodes.FAILED, "no such backup file: " + file);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CliFailure(ExitCodes.FAILED, dir + " is not a directory");
        }
        Archive.createPrivateDirectories(dir, dir.getRoot());
        long started = System.nanoTime();
        try (FileChannel lockFile = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = lockFile.tryLock();
            if (lock == null) {
                throw new CliFailure(ExitCodes.FAILED, "data directory " + dir + " is in use by a Quire process (pid "
                        + Files.readString(dir.resolve(LOCK), StandardCharsets.UTF_8).trim() + "); stop it first");
            }
            lockFile.truncate(0);
            lockFile.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            requireEmpty(dir);
            restrict(dir.resolve(LOCK));
            Archive.Unpacked unpacked;
            try (InputStream in = Files.newInputStream(file)) {
                unpacked = Archive.unpack(new java.io.BufferedInputStream(in, 1 << 16), dir);
            } catch (IOException | RuntimeException e) {
                removeAllBut(dir, LOCK);
                if (e instanceof java.util.zip.ZipException zip) {
                    throw new CliFailure(ExitCodes.FAILED, file + " is damaged or not a backup (" + zip.getMessage()
                            + "); nothing was restored");
                }
                throw e;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            cli.console.out().printf("restored %s into %s: %d files, %,d bytes in %.1f s (backup of %s, indexes %s)%n"
                            + "start the server with QUIRE_DATA_DIR=%s%n",
                    file, dir, unpacked.files(), unpacked.bytes(), seconds, unpacked.manifest().path("created_at").asText(),
                    unpacked.manifest().path("indexes"), dir);
            return ExitCodes.OK;
        }
    }

    private static void requireEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals(LOCK)).sorted().toList();
            if (!names.isEmpty()) {
                throw new CliFailure(ExitCodes.FAILED, "data directory " + dir + " is not empty (it has "
                        + String.join(", ", names.subList(0, Math.min(5, names.size())))
                        + (names.size() > 5 ? ", ..." : "") + "); restore only into an empty directory");
            }
        }
    }

    private static void restrict(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void removeAllBut(Path dir, String keep) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) && !p.equals(dir.resolve(keep))) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
