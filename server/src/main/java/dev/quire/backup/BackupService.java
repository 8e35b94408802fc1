package dev.quire.backup;

import dev.quire.common.Json;
import dev.quire.common.PrivateFiles;
import dev.quire.common.Timestamps;
import dev.quire.db.Database;
import dev.quire.errors.ApiException;
import dev.quire.search.SearchBackend;
import dev.quire.storage.BlobStore;
import dev.quire.storage.FileSystemBlobStore;
import dev.quire.tenancy.ApiKey;
import dev.quire.tenancy.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Takes a consistent snapshot of an embedded data directory while the server runs, and writes it as a
 * zip archive: {@code quire-backup.json} first (what it holds), then {@code db/quire.sqlite},
 * {@code indexes/<id>/lucene/...} and {@code blobs/<shard>/<key>}: the layout of a data directory, so
 * restoring is unpacking.
 *
 * <p>How it stays consistent without stopping anything: blobs are linked once before the database copy
 * and once after it, with blob deletes held from the copy until the second pass ends (blobs never change
 * once stored, and a row is committed only after its blob is stored), so every blob a copied row names is
 * in the archive; the database is copied while no search index commits (see {@link SearchBackend#backup}). The
 * snapshot is hard links in {@code <data>/tmp}, so it costs almost no space or time until written out.
 * Extra blobs (uploaded after the copy) are removed as orphans by the restored server.
 *
 * <pre>{@code
 * try (BackupService.Snapshot snapshot = backups.take(callerKey)) {
 *     backups.write(snapshot, out);
 * }
 * }</pre>
 */
public final class BackupService {
    public static final String MANIFEST = "quire-backup.json";
    public static final String FORMAT = "quire-backup/1";

    private final Database database;
    private final SearchBackend search;
    private final BlobStore blobs;
    private final Path dataDir;
    private final String serverVersion;
    private final Clock clock;
    private final Supplier<String> ids;
    /** One backup at a time: a second would only double the I/O. */
    private final Semaphore running = new Semaphore(1);

    public BackupService(Database database, SearchBackend search, BlobStore blobs, Path dataDir,
                         String serverVersion, Clock clock, Supplier<String> ids) {
        this.database = database;
        this.search = search;
        this.blobs = blobs;
        this.dataDir = dataDir;
        this.serverVersion = serverVersion;
        this.clock = clock;
        this.ids = ids;
    }

    /** A snapshot on disk, removed by {@link #close()}. */
    public static final class Snapshot implements AutoCloseable {
        private final Path dir;
        private final Map<String, Object> manifest;
        private final Semaphore running;

        private Snapshot(Path dir, Map<String, Object> manifest, Semaphore running) {
            this.dir = dir;
            this.manifest = manifest;
            this.running = running;
        }

        public String fileName() {
            return "quire-backup-" + String.valueOf(manifest.get("created_at")).replaceAll("[^0-9A-Za-z]", "") + ".zip";
        }

        @Override
        public void close() {
            try {
                deleteTree(dir);
            } finally {
                running.release();
            }
        }
    }

    /** Takes the snapshot (admin key only); refused for shared backends, which have their own backup tools. */
    public Snapshot take(ApiKey caller) {
        if (caller.role() != Role.ADMIN) {
            throw new ApiException.Forbidden("Backups need an admin API key");
        }
        requireEmbedded();
        if (!running.tryAcquire()) {
            throw new ApiException.Conflict("A backup is already running; try again when it has finished");
        }
        Path staging = dataDir.resolve("tmp").resolve("backup-" + ids.get());
        try {
            sweepLeftovers();
            PrivateFiles.createDirectories(staging);
            FileSystemBlobStore fileBlobs = (FileSystemBlobStore) blobs;
            Path blobDir = PrivateFiles.createDirectories(staging.resolve("blobs"));
            fileBlobs.linkInto(blobDir); // most blobs, while everything goes on
            Path db = PrivateFiles.createDirectories(staging.resolve("db")).resolve("quire.sqlite");
            List<String> indexes = fileBlobs.holdingDeletes(() -> {
                List<String> copied = search.backup(staging.resolve("indexes"), () -> database.backupTo(db));
                fileBlobs.linkInto(blobDir); // those stored since; none the copy names was deleted meanwhile
                return copied;
            });
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("format", FORMAT);
            manifest.put("server_version", serverVersion);
            manifest.put("created_at", Timestamps.format(Timestamps.nowMicros(clock)));
            manifest.put("database_bytes", Files.size(db));
            manifest.put("indexes", indexes);
            manifest.put("blobs", countFiles(blobDir));
            return new Snapshot(staging, manifest, running);
        } catch (IOException e) {
            abandon(staging);
            throw new UncheckedIOException("backup failed", e);
        } catch (RuntimeException | Error e) {
            abandon(staging);
            throw e;
        }
    }

    private void abandon(Path staging) {
        try {
            deleteTree(staging);
        } finally {
            running.release();
        }
    }

    /** Streams the snapshot as a zip; the archive is complete only if this returns. */
    public void write(Snapshot snapshot, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        // Index files and documents are mostly compressed already: fast deflate keeps it I/O-bound.
        zip.setLevel(Deflater.BEST_SPEED);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(Json.writeBytes(snapshot.manifest));
        zip.closeEntry();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(snapshot.dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            ZipEntry entry = new ZipEntry(snapshot.dir.relativize(file).toString().replace('\\', '/'));
            // Kept so that the restored server's orphan sweep judges blob ages as the original would.
            entry.setLastModifiedTime(Files.getLastModifiedTime(file));
            zip.putNextEntry(entry);
            Files.copy(file, zip);
            zip.closeEntry();
        }
        zip.finish();
        out.flush();
    }

    private void requireEmbedded() {
        if (!database.embedded()) {
            throw unsupported("the database is PostgreSQL (back it up with pg_dump or your PostgreSQL backups)");
        }
        if (!search.backsUpOnline()) {
            throw unsupported("search runs on SolrCloud (use Solr's collection BACKUP/RESTORE)");
        }
        if (!(blobs instanceof FileSystemBlobStore)) {
            throw unsupported("blobs are in S3 (use the bucket's versioning or replication)");
        }
    }

    private static ApiException unsupported(String why) {
        return new ApiException.BadRequest("Online backup covers embedded deployments only: " + why
                + "; back up each shared backend with its own tools");
    }

    /** Snapshots an earlier crash left in {@code <data>/tmp}; none is in use while this runs. */
    private void sweepLeftovers() throws IOException {
        Path tmp = dataDir.resolve("tmp");
        if (!Files.isDirectory(tmp)) {
            return;
        }
        try (Stream<Path> list = Files.list(tmp)) {
            for (Path p : list.filter(p -> p.getFileName().toString().startsWith("backup-")).toList()) {
                deleteTree(p);
            }
        }
    }

    private static long countFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the backup snapshot " + dir, e);
        }
    }
}
