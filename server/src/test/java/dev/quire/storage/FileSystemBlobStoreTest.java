package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemBlobStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void stores_reads_hashes_and_deletes_blobs() throws IOException {
        BlobStore blobs = FileSystemBlobStore.open(dataDir);
        StoredBlob blob = blobs.put(new ByteArrayInputStream("abc".getBytes()));
        assertThat(blob.size()).isEqualTo(3);
        assertThat(blob.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        try (InputStream in = blobs.open(blob.key()).orElseThrow()) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes());
        }
        assertThat(blobs.delete(blob.key())).isTrue();
        assertThat(blobs.delete(blob.key())).isFalse();
        assertThat(blobs.open(blob.key())).isEmpty();
        assertThat(blobs.open("../../db/quire.mv.db")).isEmpty();
    }

    @Test
    void an_aborted_upload_leaves_no_partial_blob() throws IOException {
        BlobStore blobs = FileSystemBlobStore.open(dataDir);
        InputStream failing = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 10_000) {
                    throw new IOException("client went away");
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> blobs.put(failing)).hasMessageContaining("client went away");
        try (Stream<Path> files = Files.walk(dataDir.resolve("blobs"))) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void lists_the_keys_of_stored_blobs_for_the_orphan_sweep() throws IOException {
        BlobStore blobs = FileSystemBlobStore.open(dataDir);
        StoredBlob kept = blobs.put(new ByteArrayInputStream("kept".getBytes()));
        StoredBlob deleted = blobs.put(new ByteArrayInputStream("deleted".getBytes()));
        blobs.delete(deleted.key());
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
}
