package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.ZipFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quire backup FILE}: asks the running server for an online backup and writes it to FILE (0600).
 * The archive goes to {@code FILE.part} first and is renamed only once complete and readable, so FILE is
 * never a truncated backup.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent backup of a running embedded server (database, search indexes, blobs) to "
                + "FILE, taken while it keeps serving (needs an admin key).",
                "Servers on PostgreSQL, SolrCloud or S3 refuse: back those up with their own tools."})
final class BackupCommand implements Callable<Integer>, ServerCommand {
    @ParentCommand
    private QuireCli cli;

    @Mixin
    private ServerOptions server;

    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the archive (a .zip).")
    private Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    private boolean force;

    @Override
    public String url() {
        return server.url(cli.console);
    }

    @Override
    public Integer call() throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target) && !force) {
            throw new CliFailure(ExitCodes.FAILED, target + " exists; choose another name or pass --force");
        }
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new CliFailure(ExitCodes.FAILED, "no such folder: " + target.getParent());
        }
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        long started = System.nanoTime();
        AdminApi api = server.admin(cli.console);
        cli.console.err().println("backing up " + api.url() + " ...");
        try {
            long bytes = api.postStreaming("/api/v1/admin/backup", body -> write(body, part));
            // A cut connection leaves an archive without its central directory: opening it fails.
            String manifest;
            try (ZipFile zip = new ZipFile(part.toFile())) {
                var entry = zip.getEntry(Archive.MANIFEST);
                if (entry == null) {
                    throw new CliFailure(ExitCodes.FAILED, "the server sent an archive without " + Archive.MANIFEST);
                }
                manifest = new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.util.zip.ZipException e) {
                throw new CliFailure(ExitCodes.FAILED, "the backup arrived incomplete (" + e.getMessage() + "); try again");
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            double seconds = (System.nanoTime() - started) / 1e9;
            cli.console.out().printf("wrote %s: %,d bytes in %.1f s%n%s%n", target, bytes, seconds, manifest);
            return ExitCodes.OK;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static long write(InputStream body, Path part) {
        try (OutputStream out = Archive.newPrivateFile(part)) {
            return body.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("the backup stream broke off: " + e.getMessage(), e);
        }
    }
}
