package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path dataDir;

    @Override
    protected BlobStore store() {
        return FileSystemBlobStore.open(dataDir, Duration.ofHours(1));
    }

    @Override
    protected List<String> partialUploads() {
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            return files.filter(Files::isRegularFile).map(Path::toString).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void keys_ignore_puts_in_progress() throws IOException {
        BlobStore blobs = store();
        StoredBlob kept = blobs.put(new ByteArrayInputStream("kept".getBytes()));
        Files.writeString(dataDir.resolve("blobs/tmp/in-progress.part"), "half");
        assertThat(blobs.keys()).containsExactly(kept.key());
    }

    @Test
    void leftover_temp_files_are_removed_at_open() throws IOException {
        Files.createDirectories(dataDir.resolve("blobs/tmp"));
        Files.writeString(dataDir.resolve("blobs/tmp/crashed.part"), "half");
        FileSystemBlobStore.open(dataDir);
        assertThat(dataDir.resolve("blobs/tmp/crashed.part")).doesNotExist();
    }

    @Test
    void on_a_shared_directory_only_old_temp_files_are_removed_at_open() throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("blobs/tmp"));
        Path crashed = Files.writeString(tmp.resolve("crashed.part"), "half");
        Files.setLastModifiedTime(crashed, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path anotherNodesPut = Files.writeString(tmp.resolve("in-progress.part"), "half");
        FileSystemBlobStore.open(dataDir, Duration.ofHours(1));
        assertThat(crashed).doesNotExist();
        assertThat(anotherNodesPut).exists();
    }

    @Test
    void the_settings_say_whether_other_processes_may_have_puts_in_progress() throws IOException {
        Path tmp = Files.createDirectories(dataDir.resolve("blobs/tmp"));
        Path young = Files.writeString(tmp.resolve("young.part"), "half");
        BlobStores.open(new BlobSettings.FileSystem(true), dataDir);
        assertThat(young).exists();
        BlobStores.open(new BlobSettings.FileSystem(false), dataDir);
        assertThat(young).doesNotExist();
    }
}
