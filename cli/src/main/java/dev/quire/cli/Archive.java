package dev.quire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A backup archive as the server writes it: {@code quire-backup.json} first, then the files of a data
 * directory ({@code db/quire.sqlite}, {@code indexes/<id>/lucene/<file>}, {@code blobs/<shard>/<key>}).
 * Unpacking accepts only those names, so an archive cannot write outside the data directory.
 */
final class Archive {
    static final String MANIFEST = "quire-backup.json";
    static final String FORMAT = "quire-backup/1";
    private static final Pattern ALLOWED = Pattern.compile(
            "db/quire\\.sqlite|indexes/[A-Za-z0-9-]+/lucene/[A-Za-z0-9_.-]+|blobs/[0-9a-f]{2}/[0-9a-f]{32}");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    /** What was unpacked. */
    record Unpacked(JsonNode manifest, long files, long bytes) {}

    private Archive() {}

    /** Unpacks {@code in} into {@code dataDir} (which the caller has checked is empty and locked). */
    static Unpacked unpack(InputStream in, Path dataDir) throws IOException {
        // ZipInputStream checks each entry's CRC and size as it reads: a damaged archive fails here.
        ZipInputStream zip = new ZipInputStream(in);
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) {
            throw new CliFailure(ExitCodes.FAILED, "not a Quire backup (it does not start with " + MANIFEST + ")");
        }
        JsonNode manifest = new ObjectMapper().readTree(zip.readAllBytes());
        if (!FORMAT.equals(manifest.path("format").asText())) {
            throw new CliFailure(ExitCodes.FAILED, "unsupported backup format '" + manifest.path("format").asText()
                    + "' (this version restores " + FORMAT + ")");
        }
        long files = 0;
        long bytes = 0;
        boolean database = false;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (entry.isDirectory() || !ALLOWED.matcher(name).matches()) {
                throw new CliFailure(ExitCodes.FAILED, "unexpected entry in the backup: " + name);
            }
            Path target = dataDir.resolve(name).normalize();
            createPrivateDirectories(target.getParent(), dataDir);
            try (OutputStream out = newPrivateFile(target)) {
                bytes += zip.transferTo(out);
            }
            if (entry.getLastModifiedTime() != null) {
                Files.setLastModifiedTime(target, entry.getLastModifiedTime());
            }
            database |= name.equals("db/quire.sqlite");
            files++;
        }
        if (!database) {
            throw new CliFailure(ExitCodes.FAILED, "the backup has no database (db/quire.sqlite)");
        }
        return new Unpacked(manifest, files, bytes);
    }

    /** A new file readable by its owner only, fsynced when closed (a restore must survive a crash after it). */
    static OutputStream newPrivateFile(Path file) throws IOException {
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))}
                : new FileAttribute<?>[0];
        FileChannel channel = FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), attributes);
        OutputStream stream = Channels.newOutputStream(channel);
        return new java.io.FilterOutputStream(stream) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                stream.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try {
                    channel.force(true);
                } finally {
                    stream.close();
                }
            }
        };
    }

    /** Creates the missing folders between {@code root} and {@code dir}, each 0700. */
    static void createPrivateDirectories(Path dir, Path root) throws IOException {
        if (dir.equals(root) || Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.getParent(), root);
        if (POSIX) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectory(dir);
        }
    }
}
