package dev.quire.cli;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import com.llamacloud_prod.api.models.beta.directories.DirectoryCreateParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileListResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadParams;
import com.llamacloud_prod.api.models.beta.directories.files.FileUploadResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexCreateParams;
import com.llamacloud_prod.api.models.beta.indexes.IndexGetResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quire ingest PATH... --index NAME}: uploads what changed into the index's source directory, then
 * creates or syncs the index and waits until it is ready.
 *
 * <p>A file is unchanged when the directory already has an entry under its key whose metadata records the
 * same size and SHA-256 ({@value #SHA256}, {@value #SIZE}); so a second run over the same folder uploads
 * nothing, and syncs nothing. Files deleted locally stay on the server (delete them in the console).
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Upload files and folders (recursively) into an index, creating it if needed, and wait until "
                + "it is ready.", "Unchanged files (same size and SHA-256 as the copy on the server) are skipped."})
final class IngestCommand implements Callable<Integer>, ServerCommand {
    static final String SHA256 = "quire_sha256";
    static final String SIZE = "quire_size";
    private static final Duration POLL = Duration.ofMillis(500);

    @ParentCommand
    private QuireCli cli;

    @Mixin
    private ServerOptions server;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to upload.")
    private List<Path> paths;

    @Option(names = "--index", required = true, paramLabel = "NAME", description = "Index to create or update.")
    private String indexName;

    @Option(names = "--no-wait", description = "Do not wait for indexing to finish.")
    private boolean noWait;

    @Option(names = "--timeout", paramLabel = "MINUTES", defaultValue = "60",
            description = "Give up waiting for the index after this long (default: ${DEFAULT-VALUE}).")
    private long timeoutMinutes;

    /** A file that did not make it, and why. */
    private record Failed(String key, String why) {}

    @Override
    public String url() {
        return server.url(cli.console);
    }

    @Override
    public Integer call() throws InterruptedException {
        Console console = cli.console;
        List<LocalFiles.LocalFile> files = LocalFiles.collect(paths);
        LlamaCloudClient client = server.client(console);
        Optional<IndexListResponse> existing = Indexes.byName(client, indexName);
        String directoryId = existing.map(IndexListResponse::sourceDirectoryId)
                .orElseGet(() -> client.beta().directories().create(DirectoryCreateParams.builder()
                        .name(indexName).description("Uploaded by quire ingest").build()).id());

        Map<String, FileListResponse> remote = new HashMap<>();
        Map<String, String> keyOfEntry = new HashMap<>();
        for (FileListResponse entry : client.beta().directories().files().list(directoryId).autoPager()) {
            remote.put(entry.uniqueId(), entry);
            keyOfEntry.put(entry.id(), entry.uniqueId());
        }

        List<Failed> failed = new ArrayList<>();
        int uploaded = 0;
        int unchanged = 0;
        Progress upload = new Progress(console, "upload", files.size());
        for (int i = 0; i < files.size(); i++) {
            LocalFiles.LocalFile file = files.get(i);
            upload.update(i, file.key());
            String sha256 = file.sha256();
            if (sameContent(remote.get(file.key()), file.size(), sha256)) {
                unchanged++;
                continue;
            }
            try {
                FileUploadResponse entry = client.beta().directories().files().upload(directoryId,
                        FileUploadParams.builder().uploadFile(file.path()).displayName(file.key()).uniqueId(file.key())
                                .metadata(JsonValue.from(Map.of(SHA256, sha256, SIZE, file.size())).toString()).build());
                keyOfEntry.put(entry.id(), file.key());
                uploaded++;
            } catch (LlamaCloudServiceException e) {
                if (e.statusCode() == 401 || e.statusCode() == 403) {
                    throw e; // every other file would fail the same way
                }
                failed.add(new Failed(file.key(), "upload refused (" + e.statusCode() + "): " + Failures.detail(e)));
            }
        }
        upload.update(files.size(), "");
        upload.done(uploaded + " uploaded, " + unchanged + " unchanged, " + failed.size() + " failed");

        String indexId;
        if (existing.isEmpty()) {
            indexId = client.beta().indexes().create(IndexCreateParams.builder().sourceDirectoryId(directoryId)
                    .name(indexName).build()).id(); // queues the first sync
        } else {
            indexId = existing.get().id();
            if (uploaded > 0) {
                sync(client, indexId);
            }
        }
        if (noWait) {
            console.out().println("index " + indexName + " (" + indexId + "): syncing; not waiting (--no-wait)");
            return report(console, failed, uploaded, unchanged);
        }
        IndexGetResponse index = awaitIdle(client, indexId, new Progress(console, "index", 0));
        IndexGetResponse.Metadata metadata = index.metadata().orElseThrow();
        String status = text(metadata, "status").orElse("unknown");
        for (Map.Entry<String, String> f : failedFiles(metadata).entrySet()) {
            failed.add(new Failed(keyOfEntry.getOrDefault(f.getKey(), f.getKey()), f.getValue()));
        }
        console.out().println("index " + indexName + " (" + indexId + "): " + status + ", "
                + number(metadata, "num_source_files") + " files, " + number(metadata, "num_chunks") + " chunks"
                + text(metadata, "error_message").map(m -> " (" + m + ")").orElse(""));
        int code = report(console, failed, uploaded, unchanged);
        return status.equals("ready") ? code : ExitCodes.FAILED;
    }

    private static boolean sameContent(FileListResponse entry, long size, String sha256) {
        if (entry == null) {
            return false;
        }
        Map<String, JsonValue> metadata = entry.metadata().map(FileListResponse.Metadata::_additionalProperties).orElse(Map.of());
        String remoteSha = Optional.ofNullable(metadata.get(SHA256)).flatMap(JsonValue::asString).orElse("");
        long remoteSize = Optional.ofNullable(metadata.get(SIZE)).flatMap(JsonValue::asNumber).map(Number::longValue)
                .orElse(-1L);
        return remoteSha.equals(sha256) && remoteSize == size;
    }

    /** Queues a sync; one already running (409) started before these uploads, so another follows it. */
    private void sync(LlamaCloudClient client, String indexId) throws InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                client.beta().indexes().sync(indexId);
                return;
            } catch (LlamaCloudServiceException e) {
                if (e.statusCode() != 409 || attempt == 5) {
                    throw e;
                }
                awaitIdle(client, indexId, new Progress(cli.console, "waiting", 0));
            }
        }
    }

    /** Polls until no sync is queued or running, showing files done out of files in the source. */
    private IndexGetResponse awaitIdle(LlamaCloudClient client, String indexId, Progress progress)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(timeoutMinutes).toNanos();
        while (true) {
            IndexGetResponse index = client.beta().indexes().get(indexId);
            IndexGetResponse.Metadata m = index.metadata().orElseThrow(
                    () -> new CliFailure(ExitCodes.FAILED, "the server reported no state for index " + indexId));
            String status = text(m, "status").orElse("unknown");
            long total = number(m, "num_source_files");
            long done = number(m, "num_parsed_files") + number(m, "num_failed_files");
            progress.total(total);
            progress.update(Math.min(done, total), status);
            if (status.equals("ready") || status.equals("failed")) {
                progress.done(status);
                return index;
            }
            if (System.nanoTime() > deadline) {
                progress.done("still " + status);
                throw new CliFailure(ExitCodes.FAILED, "index " + indexName + " is still " + status + " after "
                        + timeoutMinutes + " min; run the same command later to see the result");
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /** A string of the index's build state ({@code metadata} is free-form, as in LlamaCloud's API). */
    private static Optional<String> text(IndexGetResponse.Metadata metadata, String key) {
        return Optional.ofNullable(metadata._additionalProperties().get(key)).flatMap(JsonValue::asString);
    }

    /** A count of the index's build state; 0 if absent. */
    private static long number(IndexGetResponse.Metadata metadata, String key) {
        return Optional.ofNullable(metadata._additionalProperties().get(key)).flatMap(JsonValue::asNumber)
                .map(Number::longValue).orElse(0L);
    }

    /** {@code metadata.failed_files}: directory file id to error, for files that did not parse. */
    private static Map<String, String> failedFiles(IndexGetResponse.Metadata metadata) {
        Map<String, String> failed = new LinkedHashMap<>();
        JsonValue list = metadata._additionalProperties().get("failed_files");
        if (list == null) {
            return failed;
        }
        for (JsonValue item : list.asArray().orElse(List.of())) {
            Map<String, JsonValue> f = item.asObject().orElse(Map.of());
            String id = Optional.ofNullable(f.get("directory_file_id")).flatMap(JsonValue::asString).orElse("?");
            failed.put(id, Optional.ofNullable(f.get("error")).flatMap(JsonValue::asString).orElse("failed"));
        }
        return failed;
    }

    private static int report(Console console, List<Failed> failed, int uploaded, int unchanged) {
        console.out().println("uploaded " + uploaded + ", unchanged " + unchanged + ", failed " + failed.size());
        if (failed.isEmpty()) {
            return ExitCodes.OK;
        }
        console.out().println("failed files:");
        failed.forEach(f -> console.out().println("  " + f.key() + ": " + f.why()));
        return ExitCodes.FAILED;
    }
}
