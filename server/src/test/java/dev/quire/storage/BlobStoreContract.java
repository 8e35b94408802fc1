package dev.quire.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} must do, run against each implementation by a subclass of a few lines
 * that says how to open an empty store.
 */
abstract class BlobStoreContract {
    private static final int MIB = 1024 * 1024;

    /** A new, empty store; each call in one test opens another view of the same storage (another node). */
    protected abstract BlobStore store();

    /** What a failed put may have left in the backend outside the visible keys (temp files, uploads). */
    protected abstract List<String> partialUploads();

    @Test
    void stores_reads_hashes_and_deletes_a_blob() throws Exception {
        BlobStore blobs = store();
        StoredBlob blob = blobs.put(new ByteArrayInputStream("abc".getBytes()));
        assertThat(blob.size()).isEqualTo(3);
        assertThat(blob.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(read(blobs, blob.key())).isEqualTo("abc".getBytes());
        assertThat(blobs.delete(blob.key())).isTrue();
        assertThat(blobs.delete(blob.key())).isFalse();
        assertThat(blobs.open(blob.key())).isEmpty();
        assertThat(blobs.keys()).isEmpty();
    }

    @Test
    void a_blob_copied_from_another_store_keeps_its_key_and_malformed_keys_are_refused() throws Exception {
        BlobStore blobs = store();
        String key = "0123456789abcdef0123456789abcdef";
        StoredBlob blob = blobs.putAs(key, new ByteArrayInputStream("moved".getBytes()));
        assertThat(blob.key()).isEqualTo(key);
        assertThat(read(store(), key)).isEqualTo("moved".getBytes());
        assertThat(blobs.keys()).containsExactly(key);
        for (String bad : List.of("../../etc/passwd", "0123456789ABCDEF0123456789ABCDEF", "", "abc")) {
            assertThatThrownBy(() -> blobs.putAs(bad, new ByteArrayInputStream(new byte[1])))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(blobs.keys()).containsExactly(key);
    }

    @Test
    void stores_empty_and_multi_megabyte_blobs_whole() throws Exception {
        BlobStore blobs = store();
        // Sizes around the S3 store's part size too: exactly one part, and several with a short last one.
        for (int size : new int[] {0, 1, 3 * MIB, S3BlobStore.PART_SIZE, 2 * S3BlobStore.PART_SIZE + 12_345}) {
            byte[] data = randomBytes(size, size);
            StoredBlob blob = blobs.put(new ByteArrayInputStream(data));
            assertThat(blob.size()).as("size of %d bytes", size).isEqualTo(size);
            assertThat(blob.sha256()).as("hash of %d bytes", size).isEqualTo(sha256(data));
            assertThat(read(blobs, blob.key())).as("content of %d bytes", size).isEqualTo(data);
        }
        assertThat(blobs.keys()).hasSize(5);
    }

    @Test
    void a_put_whose_input_fails_midway_stores_nothing() {
        BlobStore blobs = store();
        for (long failAfter : new long[] {10_000, S3BlobStore.PART_SIZE + MIB}) {
            assertThatThrownBy(() -> blobs.put(failingAfter(failAfter))).hasMessageContaining("client went away");
        }
        assertThat(blobs.keys()).isEmpty();
        assertThat(partialUploads()).isEmpty();
    }

    @Test
    void a_blob_put_by_one_process_is_read_and_deleted_by_another() throws Exception {
        BlobStore a = store();
        StoredBlob blob = a.put(new ByteArrayInputStream("shared".getBytes()));
        BlobStore b = store();
        assertThat(read(b, blob.key())).isEqualTo("shared".getBytes());
        assertThat(b.keys()).containsExactly(blob.key());
        assertThat(b.delete(blob.key())).isTrue();
        assertThat(a.open(blob.key())).isEmpty();
    }

    @Test
    void missing_and_malformed_keys_open_empty_and_delete_nothing() {
        BlobStore blobs = store();
        StoredBlob blob = blobs.put(new ByteArrayInputStream("x".getBytes()));
        for (String key : List.of("0123456789abcdef0123456789abcdef", "../../db/quire.mv.db", "",
                blob.key().toUpperCase(), blob.key() + "/", "tmp/" + blob.key(), blob.key().substring(1))) {
            assertThat(blobs.open(key)).as(key).isEmpty();
            assertThat(blobs.delete(key)).as(key).isFalse();
        }
        assertThat(blobs.keys()).containsExactly(blob.key());
    }

    @Test
    void lists_keys_with_the_time_their_put_completed() {
        BlobStore blobs = store();
        Instant before = Instant.now().minus(Duration.ofMinutes(5));
        StoredBlob blob = blobs.put(new ByteArrayInputStream("aged".getBytes()));
        Instant after = Instant.now().plus(Duration.ofMinutes(5));
        assertThat(blobs.keysStoredBefore(after)).containsExactly(blob.key());
        assertThat(blobs.keysStoredBefore(before)).isEmpty();
        assertThat(blobs.keysStoredBefore(Instant.MAX)).containsExactly(blob.key());
    }

    @Test
    void the_orphan_sweep_spares_referenced_blobs_and_orphans_younger_than_the_minimum_age() {
        BlobStore blobs = store();
        StoredBlob referenced = blobs.put(new ByteArrayInputStream("row".getBytes()));
        StoredBlob orphan = blobs.put(new ByteArrayInputStream("no row yet".getBytes()));
        List<BlobReferences> references = List.of(() -> Set.of(referenced.key()));
        Clock now = Clock.systemUTC();

        assertThat(OrphanBlobs.sweep(blobs, references, Duration.ofHours(1), now)).isZero();
        assertThat(blobs.keys()).containsExactlyInAnyOrder(referenced.key(), orphan.key());

        Clock twoHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(2)), ZoneOffset.UTC);
        assertThat(OrphanBlobs.sweep(blobs, references, Duration.ofHours(1), twoHoursLater)).isEqualTo(1);
        assertThat(blobs.keys()).containsExactly(referenced.key());

        StoredBlob another = blobs.put(new ByteArrayInputStream("another".getBytes()));
        assertThat(OrphanBlobs.sweep(blobs, references)).isEqualTo(1);
        assertThat(blobs.open(another.key())).isEmpty();
        assertThat(blobs.keys()).containsExactly(referenced.key());
    }

    @Test
    void concurrent_puts_get_distinct_keys_and_keep_their_bytes() throws Exception {
        BlobStore blobs = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoredBlob>> puts = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                byte[] data = randomBytes(i, 1000 + i * 5000);
                contents.add(data);
                puts.add(pool.submit(() -> blobs.put(new ByteArrayInputStream(data))));
            }
            for (int i = 0; i < puts.size(); i++) {
                StoredBlob blob = puts.get(i).get();
                assertThat(read(blobs, blob.key())).isEqualTo(contents.get(i));
            }
            assertThat(blobs.keys()).hasSize(24);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] read(BlobStore blobs, String key) throws IOException {
        try (InputStream in = blobs.open(key).orElseThrow()) {
            return in.readAllBytes();
        }
    }

    private static byte[] randomBytes(long seed, int size) {
        byte[] data = new byte[size];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }

    /** An upload whose client goes away after {@code n} bytes. */
    private static InputStream failingAfter(long n) {
        return new InputStream() {
            long read;

            @Override
            public int read() throws IOException {
                if (read++ >= n) {
                    throw new IOException("client went away");
                }
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (read >= n) {
                    throw new IOException("client went away");
                }
                int count = (int) Math.min(len, n - read);
                java.util.Arrays.fill(b, off, off + count, (byte) 'x');
                read += count;
                return count;
            }
        };
    }
}
