package dev.quire.migrate;

import dev.quire.Config;
import dev.quire.DataDirectoryLock;
import dev.quire.StartupFailure;
import dev.quire.common.ConfigurationError;
import dev.quire.db.Database;
import dev.quire.search.SearchBackend;
import dev.quire.search.SearchBackends;
import dev.quire.search.SearchSettings;
import dev.quire.search.lucene.LuceneSearchBackend;
import dev.quire.storage.BlobSettings;
import dev.quire.storage.BlobStore;
import dev.quire.storage.BlobStores;
import dev.quire.storage.FileSystemBlobStore;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code quire migrate --from <embedded data directory>}: copies a stopped single-server deployment onto
 * the shared backends the {@code QUIRE_*} variables name, before any node starts on them.
 *
 * <pre>{@code
 * int status = MigrateCommand.run(new String[] {"--from", "/var/lib/quire"}, System.getenv(), System.out, System.err);
 * }</pre>
 */
public final class MigrateCommand {
    private static final String USAGE = "usage: quire migrate --from <data directory of the stopped embedded server>";

    private MigrateCommand() {
    }

    /** Runs the command; returns the exit status (0 copied, 1 failed with one {@code quire: ...} line on err). */
    public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        try {
            Path from = source(args);
            Config config = Config.fromEnvironment(env);
            EmbeddedToShared.Summary summary = migrate(from, config, out);
            print(summary, out);
            return 0;
        } catch (ConfigurationError | StartupFailure | IllegalArgumentException e) {
            // The operator's fix is in the message; a stack trace would only bury it.
            err.println("quire: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("quire: migration failed (" + e.getClass().getSimpleName() + "): " + e.getMessage()
                    + "; nothing is visible on the target until the last step, so fix the cause and run it again");
            return 1;
        }
    }

    private static Path source(String[] args) {
        Path from = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--from") && i + 1 < args.length) {
                from = Path.of(args[++i]);
            } else if (args[i].startsWith("--from=")) {
                from = Path.of(args[i].substring("--from=".length()));
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; " + USAGE);
            }
        }
        if (from == null) {
            throw new IllegalArgumentException(USAGE);
        }
        from = from.toAbsolutePath().normalize();
        // Opening a folder without a database would create an empty one and copy nothing.
        if (!Files.isDirectory(from.resolve("db"))) {
            throw new IllegalArgumentException(from + " is not a Quire data directory (it has no db folder)");
        }
        return from;
    }

    private static EmbeddedToShared.Summary migrate(Path from, Config config, PrintStream out) {
        Config.Backends target = config.backends();
        if (target.database().embedded()) {
            throw new ConfigurationError(dev.quire.db.DatabaseSettings.URL
                    + " must name the PostgreSQL database to copy into (e.g. jdbc:postgresql://db:5432/quire)");
        }
        Path targetDir = config.dataDir();
        boolean sameDir = targetDir.equals(from);
        boolean blobsStay = target.blobs() instanceof BlobSettings.FileSystem && sameDir;
        boolean chunksStay = target.search().kind() == SearchSettings.Kind.LUCENE && sameDir;
        List<AutoCloseable> open = new ArrayList<>();
        // The source server must be stopped: its database and indexes would change under the copy.
        try (DataDirectoryLock sourceLock = lockSource(from)) {
            if (target.search().kind() == SearchSettings.Kind.LUCENE && !sameDir) {
                open.add(DataDirectoryLock.acquire(targetDir)); // Lucene there is one process's alone
            }
            Database source = Database.open(from);
            open.add(source);
            Database targetDb = Database.open(target.database(), targetDir);
            open.add(targetDb);
            EmbeddedToShared migration = new EmbeddedToShared(source, targetDb, out);
            migration.requireEmptyTarget();
            out.println("copying " + from + " to " + target.database().safeUrl() + ", search " + describe(target.search())
                    + ", blobs " + (target.blobs() instanceof BlobSettings.S3 s3 ? "in S3 bucket " + s3.bucket()
                    : "in " + targetDir.resolve("blobs")));

            if (blobsStay) {
                out.println("blobs stay in " + from.resolve("blobs") + " (QUIRE_DATA_DIR is the source directory)");
            }
            if (chunksStay) {
                out.println("chunks stay in " + from.resolve("indexes") + " (QUIRE_DATA_DIR is the source directory)");
            }
            BlobStore fromBlobs = FileSystemBlobStore.open(from);
            Optional<BlobStore> toBlobs = blobsStay ? Optional.empty()
                    : Optional.of(closing(BlobStores.open(target.blobs(), targetDir), open));
            SearchBackend fromSearch = closing(new LuceneSearchBackend(from.resolve("indexes")), open);
            // The migration's own backend runs none of a node's start-up repair, so the collections it
            // creates stay although the database has no rows for them yet.
            Optional<SearchBackend> toSearch = chunksStay ? Optional.empty()
                    : Optional.of(closing(SearchBackends.open(target.search(), targetDir), open));
            return migration.run(fromBlobs, toBlobs, fromSearch, toSearch);
        } finally {
            closeAll(open);
        }
    }

    private static DataDirectoryLock lockSource(Path from) {
        try {
            return DataDirectoryLock.acquire(from);
        } catch (StartupFailure e) {
            throw new StartupFailure(e.getMessage() + ": stop that server before migrating its data");
        }
    }

    private static String describe(SearchSettings search) {
        return search.kind() == SearchSettings.Kind.SOLR ? "on SolrCloud " + search.zkHost().orElse("")
                : "in Lucene";
    }

    private static <T> T closing(T resource, List<AutoCloseable> open) {
        if (resource instanceof AutoCloseable closeable) {
            open.add(closeable);
        }
        return resource;
    }

    private static void closeAll(List<AutoCloseable> open) {
        for (int i = open.size() - 1; i >= 0; i--) {
            try {
                open.get(i).close();
            } catch (Exception e) {
                // Already done or already failing; closing is best effort.
            }
        }
    }

    private static void print(EmbeddedToShared.Summary summary, PrintStream out) {
        out.println("copied:");
        summary.rows().forEach((table, n) -> out.println("  table " + table + ": " + n + " rows"));
        out.println("  blobs: " + summary.blobs());
        summary.chunks().forEach((index, n) -> out.println("  index " + index + ": " + n + " chunks"));
        out.println("done: start the Quire nodes with the same QUIRE_* settings");
        out.flush();
    }
}
