package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.llamacloud_prod.api.client.LlamaCloudClient;
import com.llamacloud_prod.api.client.okhttp.LlamaCloudOkHttpClient;
import com.llamacloud_prod.api.models.beta.directories.files.FileListResponse;
import com.llamacloud_prod.api.models.beta.indexes.IndexListResponse;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest, ask, search and keys against a real server in this JVM, as a user types them. */
class ClientCommandsTest {
    @TempDir
    static Path tmp;
    static TestServer server;
    static Map<String, String> env;
    static Path docs;

    @BeforeAll
    static void start() throws IOException {
        server = TestServer.start(tmp.resolve("data"));
        env = CliRun.env(server.baseUrl(), TestServer.ADMIN_KEY);
        docs = tmp.resolve("docs");
        Files.createDirectories(docs.resolve("policies"));
        Files.writeString(docs.resolve("handbook.md"), "# Handbook\n\nEmployees receive twenty days of paid vacation "
                + "every year. Vacation requests go to the team lead two weeks ahead.\n");
        Files.writeString(docs.resolve("policies/refunds.txt"), "Refund policy. Customers may return any product "
                + "within thirty days for a full refund. Refunds are paid to the original card.\n");
        Files.writeString(docs.resolve("policies/security.txt"), "Security policy. Laptops must use full disk "
                + "encryption. Passwords are rotated every ninety days.\n");
        Files.writeString(docs.resolve(".hidden.txt"), "never uploaded");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static LlamaCloudClient sdk() {
        return LlamaCloudOkHttpClient.builder().baseUrl(server.baseUrl()).apiKey(TestServer.ADMIN_KEY).build();
    }

    private static String ingestDocs() {
        CliRun first = CliRun.run(env, "ingest", docs.toString(), "--index", "docs");
        assertThat(first.code()).as(first.toString()).isZero();
        return first.out();
    }

    @Test
    void ingestUploadsAFolderRecursivelyAndASecondRunUploadsNothing() throws IOException {
        CliRun first = CliRun.run(env, "ingest", docs.toString(), "--index", "ingest-twice");
        assertThat(first.code()).as(first.toString()).isZero();
        assertThat(first.out()).contains("uploaded 3, unchanged 0, failed 0").contains(": ready, 3 files");
        // Not a terminal: plain progress lines, no carriage returns or escape codes.
        assertThat(first.err()).contains("upload 3/3").contains("index 3/3").doesNotContain("\r").doesNotContain("\u001b");

        LlamaCloudClient sdk = sdk();
        IndexListResponse index = Indexes.existing(sdk, "ingest-twice");
        List<String> keys = new ArrayList<>();
        for (FileListResponse f : sdk.beta().directories().files().list(index.sourceDirectoryId()).autoPager()) {
            keys.add(f.uniqueId());
        }
        assertThat(keys).containsExactlyInAnyOrder("docs/handbook.md", "docs/policies/refunds.txt",
                "docs/policies/security.txt");
        String syncedAt = sdk.beta().indexes().get(index.id()).metadata().orElseThrow()._additionalProperties().get("sync_finished_at").toString();

        CliRun second = CliRun.run(env, "ingest", docs.toString(), "--index", "ingest-twice");
        assertThat(second.code()).as(second.toString()).isZero();
        assertThat(second.out()).contains("uploaded 0, unchanged 3, failed 0");
        // Nothing uploaded, so nothing synced either.
        assertThat(sdk.beta().indexes().get(index.id()).metadata().orElseThrow()._additionalProperties().get("sync_finished_at").toString())
                .isEqualTo(syncedAt);

        // Same size, other content: only the hash tells; that file alone goes up and is re-indexed.
        Path copy = tmp.resolve("changed").resolve("docs");
        copyTree(docs, copy);
        Files.writeString(copy.resolve("policies/refunds.txt"), Files.readString(copy.resolve("policies/refunds.txt"))
                .replace("thirty", "eighty"));
        CliRun third = CliRun.run(env, "ingest", tmp.resolve("changed/docs").toString(), "--index", "ingest-twice");
        assertThat(third.code()).as(third.toString()).isZero();
        assertThat(third.out()).contains("uploaded 1, unchanged 2, failed 0");
        CliRun search = CliRun.run(env, "search", "--index", "ingest-twice", "return a product within eighty days");
        assertThat(search.out()).contains("eighty days");
    }

    @Test
    void searchPrintsNumberedResultsWithTheirFiles() {
        ingestDocs();
        CliRun search = CliRun.run(env, "search", "--index", "docs", "--top-k", "2", "refund to the original card");
        assertThat(search.code()).as(search.toString()).isZero();
        assertThat(search.out()).startsWith("[1] refunds.txt, p. 1").contains("original card");
        assertThat(search.out().lines().filter(l -> l.matches("\\[\\d+] .*"))).hasSizeLessThanOrEqualTo(2);

        CliRun json = CliRun.run(env, "search", "--index", "docs", "--json", "refund");
        assertThat(json.code()).as(json.toString()).isZero();
        assertThat(json.out()).startsWith("{\"results\":[").contains("\"content\":\"Refund policy.");
    }

    @Test
    void askStreamsAnAnswerWithNumberedCitations() {
        ingestDocs();
        CliRun ask = CliRun.run(env, "ask", "--index", "docs", "How many days of paid vacation do employees get?");
        assertThat(ask.code()).as(ask.toString()).isZero();
        assertThat(ask.out()).contains("twenty days of paid vacation").contains("[1]")
                .contains("Sources:").contains("[1] docs/handbook.md, p. 1");

        CliRun json = CliRun.run(env, "ask", "--index", "docs", "--json", "What is the refund policy?");
        assertThat(json.code()).as(json.toString()).isZero();
        List<String> lines = json.out().lines().toList();
        assertThat(lines).allMatch(l -> l.startsWith("{\"type\":"));
        assertThat(lines).anyMatch(l -> l.startsWith("{\"type\":\"tool_call\"")).anyMatch(l -> l.contains("\"type\":\"stop\""));
    }

    @Test
    void keysAreCreatedListedAndRevoked() {
        CliRun created = CliRun.run(env, "keys", "create", "--name", "ci reader");
        assertThat(created.code()).as(created.toString()).isZero();
        String secret = created.out().trim();
        assertThat(secret).doesNotContain("\n").hasSizeGreaterThan(20);
        String keyId = created.err().replaceAll("(?s).*member key (\\S+) in project.*", "$1");

        CliRun list = CliRun.run(env, "keys", "list");
        assertThat(list.code()).as(list.toString()).isZero();
        assertThat(list.out()).contains(keyId).contains("ci reader").doesNotContain(secret);

        // A member key works for documents but not for key management.
        Map<String, String> member = CliRun.env(server.baseUrl(), secret);
        CliRun refused = CliRun.run(member, "keys", "list");
        assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.AUTH);
        assertThat(refused.err()).startsWith("quire: the API key may not do this (403");
        assertThat(CliRun.run(member, "search", "--index", "docs-missing", "x").err()).contains("no index named");

        CliRun revoked = CliRun.run(env, "keys", "revoke", keyId);
        assertThat(revoked.code()).as(revoked.toString()).isZero();
        CliRun after = CliRun.run(member, "search", "--index", "docs", "x");
        assertThat(after.code()).isEqualTo(ExitCodes.AUTH);
        assertThat(after.err()).contains("refused the API key (401");

        assertThat(CliRun.run(env, "keys", "create", "--role", "owner").code()).isEqualTo(ExitCodes.USAGE);
        CliRun unknown = CliRun.run(env, "keys", "revoke", "no-such-key");
        assertThat(unknown.code()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).startsWith("quire: the server answered 404");
    }

    @Test
    void badInputGetsAClearMessageAndExitCode() {
        CliRun wrongKey = CliRun.run(CliRun.env(server.baseUrl(), "qk-wrong"), "search", "--index", "docs", "x");
        assertThat(wrongKey.code()).isEqualTo(ExitCodes.AUTH);
        assertThat(wrongKey.err()).startsWith("quire: the server at " + server.baseUrl() + " refused the API key (401")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(wrongKey.out()).isEmpty();

        CliRun noKey = CliRun.run(Map.of("LLAMA_CLOUD_BASE_URL", server.baseUrl()), "search", "--index", "docs", "x");
        assertThat(noKey.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noKey.err()).isEqualTo("quire: no API key: pass --key or set LLAMA_CLOUD_API_KEY\n");

        CliRun unreachable = CliRun.run(env, "search", "--url", "http://127.0.0.1:1", "--index", "docs", "x");
        assertThat(unreachable.code()).as(unreachable.toString()).isEqualTo(ExitCodes.UNREACHABLE);
        assertThat(unreachable.err()).startsWith("quire: talking to the server at http://127.0.0.1:1 failed");

        CliRun missing = CliRun.run(env, "ingest", tmp.resolve("nope").toString(), "--index", "docs");
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("quire: no such file or folder: ");

        CliRun noIndex = CliRun.run(env, "ingest", docs.toString());
        assertThat(noIndex.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(noIndex.err()).contains("Missing required option: '--index=NAME'");

        assertThat(CliRun.run(env, "frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(env).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(env, "search", "--index", "docs", "--top-k", "0", "x").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run(env, "ask", "--index", "docs", " ").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void filesThatFailAreListedAndTheExitCodeSaysSo() throws IOException {
        Path mixed = tmp.resolve("mixed");
        Files.createDirectories(mixed);
        Files.writeString(mixed.resolve("good.txt"), "A perfectly readable note about quarterly planning.");
        Files.write(mixed.resolve("broken.pdf"), "%PDF-1.7 this is not really a PDF".getBytes());
        CliRun run = CliRun.run(env, "ingest", mixed.toString(), "--index", "mixed");
        assertThat(run.code()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("failed files:").contains("  mixed/broken.pdf: ").doesNotContain("mixed/good.txt:");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : List.of(new String[] {"--help"}, new String[] {"ingest", "--help"},
                new String[] {"ask", "--help"}, new String[] {"search", "--help"}, new String[] {"keys", "--help"},
                new String[] {"keys", "list", "--help"}, new String[] {"keys", "create", "--help"},
                new String[] {"keys", "revoke", "--help"}, new String[] {"backup", "--help"},
                new String[] {"restore", "--help"}, new String[] {"help", "ingest"})) {
            CliRun help = CliRun.run(Map.of(), command);
            assertThat(help.code()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).as(String.join(" ", command)).startsWith("Usage: quire");
        }
        assertThat(CliRun.run(Map.of(), "--help").out()).contains("Exit codes:").contains("ingest").contains("restore");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
