package dev.quire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.Config;
import dev.quire.search.SearchSettings;
import dev.quire.storage.BlobSettings;
import dev.quire.testing.PostgresDatabase;
import dev.quire.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupRefusalTest {
    @TempDir
    Path tmp;

    @Test
    void aServerOnPostgresqlRefusesClearlyAndWritesNoFile() {
        try (PostgresDatabase db = PostgresDatabase.create();
             TestServer server = TestServer.start(Config.forTesting(tmp.resolve("data"), TestServer.ADMIN_KEY)
                     .withBackends(new Config.Backends(db.settings(), SearchSettings.lucene(),
                             new BlobSettings.FileSystem(true))))) {
            Path file = tmp.resolve("backup.zip");
            CliRun refused = CliRun.run(CliRun.env(server.baseUrl(), TestServer.ADMIN_KEY), "backup", file.toString());
            assertThat(refused.code()).as(refused.toString()).isEqualTo(ExitCodes.FAILED);
            assertThat(refused.err()).contains("the server answered 400: Online backup covers embedded deployments only: "
                    + "the database is PostgreSQL (back it up with pg_dump");
            assertThat(file).doesNotExist();
            assertThat(file.resolveSibling("backup.zip.part")).doesNotExist();
        }
    }

    @Test
    void progressIsABarOnATerminalAndPlainLinesElsewhere() {
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        Progress onTerminal = new Progress(new Console(Map.of(), System.out, new PrintStream(bar, true), true), "upload", 4);
        onTerminal.update(1, "a.txt");
        onTerminal.update(2, "b.txt");
        onTerminal.done("2 uploaded");
        assertThat(bar.toString(StandardCharsets.UTF_8)).isEqualTo(
                "\rupload   [#######.......................] 1/4 a.txt"
                        + "\rupload   [###############...............] 2/4 b.txt\nupload: 2 uploaded\n");

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        Progress plain = new Progress(new Console(Map.of(), System.out, new PrintStream(lines, true), false), "index", 4);
        plain.update(1, "syncing");
        plain.update(1, "syncing");
        plain.update(4, "ready");
        plain.done("ready");
        assertThat(lines.toString(StandardCharsets.UTF_8)).isEqualTo("index 1/4 syncing\nindex 4/4 ready\nindex: ready\n");
    }
}
