package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.core.JsonValue;
import com.llamacloud_prod.api.models.beta.chat.ChatRetrieveResponse;
import com.llamacloud_prod.api.models.beta.chat.ChatListResponse;
import com.llamacloud_prod.api.models.beta.directories.DirectoryListResponse;
import com.llamacloud_prod.api.models.beta.directories.files.FileListResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListResponse;
import dev.quire.testing.ServerProcess;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Online backup of a server process while a sync and chat turns run, restored into new data directories
 * that servers then start on: everything the server held when the backup began comes back, and the restored
 * indexes are consistent (a sync there ends with the same chunks as on the original).
 */
class BackupRestoreTest {
    private static final Duration START = Duration.ofMinutes(3);

    @TempDir
    Path tmp;

    /** What a server holds, as its API shows it. */
    record State(Map<String, String> entries, Map<String, String> indexes, Map<String, Integer> sessions) {}

    @Test
    void aBackupTakenUnderLoadRestoresIntoServersThatHoldEverything() throws Exception {
        Path docs = folder("docs", 4);
        Path bulk = folder("bulk", 150);
        Path loaded = tmp.resolve("loaded.zip");
        Path quiet = tmp.resolve("quiet.zip");
        State before;
        State finalA;
        String searchOnA;
        // Small batches committed often: the backup lands in the middle of the sync, some files committed and
        // recorded, others not yet.
        try (ServerProcess a = ServerProcess.start(tmp.resolve("a"), Map.of("QUIRE_SYNC_BATCH_FILES", "8",
                "QUIRE_SYNC_COMMIT_INTERVAL_MS", "200"))) {
            String url = "http://127.0.0.1:" + a.awaitListening(START);
            Map<String, String> env = CliRun.env(url, TestServer.ADMIN_KEY);
            assertThat(CliRun.run(env, "ingest", docs.toString(), "--index", "docs").code()).isZero();
            for (int i = 0; i < 3; i++) {
                assertThat(CliRun.run(env, "ask", "--index", "docs", "What does note " + i + " say about topic " + i + "?")
                        .code()).isZero();
            }
            // Load: a sync of 150 files and chat turns, both running while the backup is taken.
            CliRun started = CliRun.run(env, "ingest", bulk.toString(), "--index", "bulk", "--no-wait");
            assertThat(started.code()).as(started.toString()).isZero();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger asked = new AtomicInteger();
            Thread chats = new Thread(() -> {
                while (!stop.get()) {
                    CliRun.run(env, "ask", "--index", "docs", "--index", "bulk", "Which topic is note 7 about?");
                    asked.incrementAndGet();
                }
            });
            chats.start();
            LlamaCloudClient sdkA = sdk(url);
            long parsedAtBackup = awaitSomeParsed(sdkA, Indexes.existing(sdkA, "bulk").id());
            before = state(sdkA);
            String statusAtBackup = Indexes.existing(sdkA, "bulk").metadata()
                    .map(m -> state(m._additionalProperties(), "status")).orElse("?");
            long t0 = System.nanoTime();
            CliRun backup = CliRun.run(env, "backup", loaded.toString());
            double backupSeconds = (System.nanoTime() - t0) / 1e9;
            stop.set(true);
            chats.join();
            assertThat(backup.code()).as(backup.toString()).isZero();
            assertThat(statusAtBackup).as("the backup must overlap the sync").isIn("pending", "syncing");
            System.out.printf("BENCH backup under load (sync of 150 files %s, %d parsed when it began, %d chat turns): "
                    + "%,d bytes in %.2f s%n", statusAtBackup, parsedAtBackup, asked.get(), Files.size(loaded), backupSeconds);
            assertThat(Files.getPosixFilePermissions(loaded)).isEqualTo(PosixFilePermissions.fromString("rw-------"));

            // The sync finishes on A; a second ingest uploads nothing and waits for it.
            CliRun settle = CliRun.run(env, "ingest", bulk.toString(), "--index", "bulk");
            assertThat(settle.out()).as(settle.toString()).contains("uploaded 0, unchanged 150");
            finalA = state(sdkA);
            searchOnA = CliRun.run(env, "search", "--index", "bulk", "note 42 topic 42").out();
            t0 = System.nanoTime();
            assertThat(CliRun.run(env, "backup", quiet.toString()).code()).isZero();
            System.out.printf("BENCH backup idle: %,d bytes in %.2f s%n", Files.size(quiet), (System.nanoTime() - t0) / 1e9);

            // Refusals while A runs: its own directory is in use; a member key may not back up.
            CliRun inUse = CliRun.run(Map.of(), "restore", quiet.toString(), "--data-dir", tmp.resolve("a").toString());
            assertThat(inUse.code()).isEqualTo(ExitCodes.FAILED);
            assertThat(inUse.err()).contains("is in use by a Quire process (pid " + a.pid() + ")");
            String member = CliRun.run(env, "keys", "create").out().trim();
            CliRun refused = CliRun.run(CliRun.env(url, member), "backup", tmp.resolve("member.zip").toString());
            assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.AUTH);
            assertThat(refused.err()).contains("Backups need an admin API key");
            assertThat(tmp.resolve("member.zip")).doesNotExist();
            assertThat(CliRun.run(env, "backup", quiet.toString()).err()).contains("exists");
        }

        // The loaded backup: everything that existed when it began is back, and the index catches up to
        // exactly what A ended with.
        Path b = tmp.resolve("b");
        long t0 = System.nanoTime();
        CliRun restore = CliRun.run(Map.of("QUIRE_DATA_DIR", b.toString()), "restore", loaded.toString());
        System.out.printf("BENCH restore: %.2f s (%s)%n", (System.nanoTime() - t0) / 1e9, restore.out().trim());
        assertThat(restore.code()).as(restore.toString()).isZero();
        assertPrivate(b);
        try (ServerProcess server = ServerProcess.start(b, Map.of())) {
            String url = "http://127.0.0.1:" + server.awaitListening(START);
            Map<String, String> env = CliRun.env(url, TestServer.ADMIN_KEY);
            LlamaCloudClient sdkB = sdk(url);
            State restored = state(sdkB);
            assertThat(restored.entries()).containsAllEntriesOf(before.entries());
            assertThat(restored.indexes().keySet()).isEqualTo(finalA.indexes().keySet());
            assertThat(restored.sessions().keySet()).containsAll(before.sessions().keySet());
            for (Map.Entry<String, Integer> s : before.sessions().entrySet()) {
                assertThat(restored.sessions().get(s.getKey())).as("events of " + s.getKey()).isGreaterThanOrEqualTo(s.getValue());
            }
            for (ChatListResponse s : sdkB.beta().chat().list().autoPager()) {
                List<ChatRetrieveResponse.Event> events = sdkB.beta().chat().retrieve(s.sessionId()).events();
                if (events.isEmpty()) {
                    continue; // created, its turn not begun when the backup was taken
                }
                assertThat(events.get(events.size() - 1).isStop()).as("turns end with stop in " + s.sessionId()).isTrue();
            }
            CliRun catchUp = CliRun.run(env, "ingest", bulk.toString(), "--index", "bulk", "--timeout", "3");
            assertThat(catchUp.out()).as(catchUp.toString()).contains("uploaded 0, unchanged 150");
            assertThat(state(sdkB).indexes()).isEqualTo(finalA.indexes());
            // Scores may differ in the last digits (the resumed sync replaced some chunks: Lucene counts deleted
            // ones until merged), the best match may not.
            assertThat(CliRun.run(env, "search", "--index", "bulk", "note 42 topic 42").out().lines().findFirst())
                    .hasValueSatisfying(first -> assertThat(first).startsWith(searchOnA.substring(0, searchOnA.indexOf(" (score"))));
        }

        // The quiet backup: identical to A.
        Path c = tmp.resolve("c");
        assertThat(CliRun.run(Map.of(), "restore", quiet.toString(), "--data-dir", c.toString()).code()).isZero();
        try (ServerProcess server = ServerProcess.start(c, Map.of())) {
            String url = "http://127.0.0.1:" + server.awaitListening(START);
            assertThat(state(sdk(url))).isEqualTo(finalA);
            assertThat(CliRun.run(CliRun.env(url, TestServer.ADMIN_KEY), "search", "--index", "bulk", "note 42 topic 42")
                    .out()).isEqualTo(searchOnA);
        }
        System.out.printf("BENCH compared: %d directory entries, %d indexes, %d chat sessions%n",
                finalA.entries().size(), finalA.indexes().size(), finalA.sessions().size());
    }

    @Test
    void restoreRefusesANonEmptyDirectoryAndDamagedArchives() throws IOException {
        Path full = tmp.resolve("full");
        Files.createDirectories(full);
        Files.writeString(full.resolve("notes.txt"), "mine");
        Path notZip = tmp.resolve("backup.zip");
        Files.writeString(notZip, "not a zip");
        CliRun nonEmpty = CliRun.run(Map.of(), "restore", notZip.toString(), "--data-dir", full.toString());
        assertThat(nonEmpty.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(nonEmpty.err()).contains("is not empty (it has notes.txt)");
        assertThat(Files.readString(full.resolve("notes.txt"))).isEqualTo("mine");

        Path empty = tmp.resolve("empty");
        CliRun damaged = CliRun.run(Map.of(), "restore", notZip.toString(), "--data-dir", empty.toString());
        assertThat(damaged.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(damaged.err()).contains("not a Quire backup");
        try (Stream<Path> left = Files.list(empty)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsOnly("quire.lock");
        }

        // A zip that tries to write outside the data directory.
        Path evil = tmp.resolve("evil.zip");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
            zip.putNextEntry(new java.util.zip.ZipEntry(Archive.MANIFEST));
            zip.write(("{\"format\":\"" + Archive.FORMAT + "\"}").getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("db/../../escaped.txt"));
            zip.write("x".getBytes());
        }
        CliRun escape = CliRun.run(Map.of(), "restore", evil.toString(), "--data-dir", empty.toString());
        assertThat(escape.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(escape.err()).contains("unexpected entry in the backup: db/../../escaped.txt");
        assertThat(tmp.resolve("escaped.txt")).doesNotExist();

        CliRun noDir = CliRun.run(Map.of(), "restore", evil.toString());
        assertThat(noDir.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noDir.err()).contains("--data-dir or QUIRE_DATA_DIR");
    }

    /** Waits until the sync has committed and recorded some files, and returns how many. */
    private static long awaitSomeParsed(LlamaCloudClient sdk, String indexId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            long parsed = sdk.beta().indexes().get(indexId).metadata()
                    .flatMap(m -> Optional.ofNullable(m._additionalProperties().get("num_parsed_files")))
                    .flatMap(JsonValue::asNumber).map(Number::longValue).orElse(0L);
            if (parsed > 0) {
                return parsed;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the sync parsed nothing in 2 minutes");
    }

    private Path folder(String name, int files) throws IOException {
        Path dir = tmp.resolve("src").resolve(name);
        Files.createDirectories(dir);
        for (int i = 0; i < files; i++) {
            StringBuilder text = new StringBuilder("Note " + i + " is about topic " + i + ". ");
            for (int p = 0; p < 12; p++) {
                text.append("Paragraph ").append(p).append(" of note ").append(i).append(" discusses item ")
                        .append(i * 31 + p).append(" in the ").append(name).append(" collection.\n\n");
            }
            Files.writeString(dir.resolve("note-" + i + ".txt"), text);
        }
        return dir;
    }

    private static LlamaCloudClient sdk(String url) {
        return LlamaCloudOkHttpClient.builder().baseUrl(url).apiKey(TestServer.ADMIN_KEY).build();
    }

    private static State state(LlamaCloudClient sdk) {
        Map<String, String> entries = new TreeMap<>();
        for (DirectoryListResponse dir : sdk.beta().directories().list().autoPager()) {
            for (FileListResponse f : sdk.beta().directories().files().list(dir.id()).autoPager()) {
                entries.put(f.id(), dir.id() + "|" + f.uniqueId() + "|" + f.fileId().orElse("")
                        + "|" + f.metadata().map(m -> m._additionalProperties().get(IngestCommand.SHA256)).map(JsonValue::toString).orElse(""));
            }
        }
        Map<String, String> indexes = new TreeMap<>();
        for (IndexListResponse i : sdk.beta().indexes().list().autoPager()) {
            Map<String, JsonValue> m = sdk.beta().indexes().get(i.id()).metadata().orElseThrow()._additionalProperties();
            indexes.put(i.id(), i.name() + "|" + state(m, "status") + "|" + state(m, "num_source_files") + "|"
                    + state(m, "num_parsed_files") + "|" + state(m, "num_chunks"));
        }
        Map<String, Integer> sessions = new TreeMap<>();
        for (ChatListResponse s : sdk.beta().chat().list().autoPager()) {
            sessions.put(s.sessionId(), sdk.beta().chat().retrieve(s.sessionId()).events().size());
        }
        return new State(entries, indexes, sessions);
    }

    private static void assertPrivate(Path dataDir) throws IOException {
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path p : all.toList()) {
                String expected = Files.isDirectory(p) ? "rwx------" : "rw-------";
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p))).as(p.toString()).isEqualTo(expected);
            }
        }
    }

    /** One key of an index's free-form build state, as text; empty if absent. */
    private static String state(Map<String, JsonValue> metadata, String key) {
        JsonValue v = metadata.get(key);
        return v == null ? "" : v.asString().orElse(v.toString());
    }
}
