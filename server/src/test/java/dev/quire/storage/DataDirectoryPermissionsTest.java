package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.testing.Multipart;
import dev.quire.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents, key hashes and the presign secret live in the data directory: no other local user may read it. */
class DataDirectoryPermissionsTest {
    private static final Set<PosixFilePermission> OTHERS = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path temp;

    @Test
    void a_fresh_data_directory_is_private_after_an_upload_and_an_index_build() throws Exception {
        Path dataDir = temp.resolve("data");
        try (TestServer server = TestServer.start(dataDir)) {
            String dir = server.post("/api/v1/beta/directories", "{\"name\": \"docs\"}").json().get("id").asText();
            TestServer.Response uploaded = server.upload("/api/v1/beta/directories/" + dir + "/files/upload",
                    new Multipart().file("upload_file", "secret.txt", "text/plain",
                            "salaries of everyone".getBytes(StandardCharsets.UTF_8)));
            assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
            String index = server.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir + "\"}")
                    .json().get("id").asText();
            awaitReady(server, index);

            assertThat(permissions(dataDir)).as("data dir").isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (Path p : walk(dataDir)) {
                // Files that libraries create (Lucene, the database) follow the process umask (the launcher
                // sets 077); the directories around them are private in any case.
                if (Files.isDirectory(p) || p.startsWith(dataDir.resolve("blobs"))) {
                    assertThat(open(p)).as(p.toString()).isEmpty();
                }
            }
            assertThat(walk(dataDir.resolve("blobs"))).anyMatch(Files::isRegularFile);
        }
        // A restart tightens whatever a library created with a wider mode.
        try (TestServer ignored = TestServer.start(dataDir)) {
            for (Path p : walk(dataDir)) {
                assertThat(open(p)).as(p.toString()).isEmpty();
            }
        }
    }

    @Test
    void a_data_directory_from_an_older_version_is_tightened_at_start() throws Exception {
        Path dataDir = Files.createDirectories(temp.resolve("old"));
        Path blob = Files.createDirectories(dataDir.resolve("blobs/ab")).resolve("ab0123");
        Files.writeString(blob, "an old document");
        for (Path p : List.of(dataDir, dataDir.resolve("blobs"), dataDir.resolve("blobs/ab"))) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(blob, PosixFilePermissions.fromString("rw-r--r--"));

        try (TestServer ignored = TestServer.start(dataDir)) {
            assertThat(permissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(permissions(blob)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            for (Path p : walk(dataDir)) {
                assertThat(open(p)).as(p.toString()).isEmpty();
            }
        }
    }

    private static void awaitReady(TestServer server, String index) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!server.get("/api/v1/indexes/" + index).json().at("/metadata/status").asText().equals("ready")) {
            assertThat(Instant.now()).as("index ready in time").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static List<Path> walk(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.toList();
        }
    }

    private static Set<PosixFilePermission> permissions(Path p) throws IOException {
        return Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
    }

    private static Set<PosixFilePermission> open(Path p) throws IOException {
        Set<PosixFilePermission> open = new java.util.HashSet<>(permissions(p));
        open.retainAll(OTHERS);
        return open;
    }
}
