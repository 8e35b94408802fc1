package dev.quire.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.common.Timestamps;
import dev.quire.ingest.ParseLimits;
import dev.quire.ingest.StructuredParser;
import dev.quire.storage.FileSystemBlobStore;
import dev.quire.storage.StoredBlob;
import dev.quire.testing.Seed;
import dev.quire.testing.SqliteDatabase;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a stop leaves behind: RUNNING and PENDING jobs are resumed on the only node, or failed when stale on a shared one. */
class ParseRestartTest {
    @TempDir
    Path dir;

    private ParseJob job(String id, JobStatus status, String blob, long updatedAt) {
        return new ParseJob(id, "p1", Optional.empty(), "notes.md", Optional.empty(), "fast", "2026-06-15", status,
                new JobOptions(Optional.empty(), Optional.empty(), List.of("en"), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()).toJson(), Optional.empty(), Optional.of(blob),
                Optional.empty(), Optional.empty(), Optional.empty(), false, updatedAt, updatedAt);
    }

    @Test
    void jobs_interrupted_by_a_stop_are_resumed_when_this_is_the_only_node() throws Exception {
        try (SqliteDatabase db = SqliteDatabase.create()) {
            Seed.project(db.database().jdbi(), "p1");
            JdbiParseJobStore store = new JdbiParseJobStore(db.database().jdbi());
            FileSystemBlobStore blobs = FileSystemBlobStore.open(dir);
            StoredBlob input = blobs.put(new ByteArrayInputStream("# Kept\n\nafter a restart".getBytes(StandardCharsets.UTF_8)));
            long now = Timestamps.nowMicros(Clock.systemUTC());
            store.insert(job("was-running", JobStatus.RUNNING, input.key(), now));
            store.insert(job("was-pending", JobStatus.PENDING, input.key(), now));

            try (ParseWorkers workers = new ParseWorkers(store, blobs, StructuredParser.standard(), ParseLimits.DEFAULT, 2,
                    Clock.systemUTC(), true)) {
                workers.resume();
                for (int i = 0; i < 100 && !store.unfinished().isEmpty(); i++) {
                    Thread.sleep(100);
                }
            }
            assertThat(store.find("p1", "was-running").orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(store.find("p1", "was-pending").orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
        }
    }

    @Test
    void a_stale_running_job_on_a_shared_database_fails_with_a_reason() {
        try (SqliteDatabase db = SqliteDatabase.create()) {
            Seed.project(db.database().jdbi(), "p1");
            JdbiParseJobStore store = new JdbiParseJobStore(db.database().jdbi());
            long longAgo = Timestamps.nowMicros(Clock.systemUTC()) - Duration.ofHours(1).toNanos() / 1000;
            store.insert(job("stale", JobStatus.RUNNING, "0123456789abcdef0123456789abcdef", longAgo));

            try (ParseWorkers workers = new ParseWorkers(store, FileSystemBlobStore.open(dir), StructuredParser.standard(),
                    ParseLimits.DEFAULT, 1, Clock.systemUTC(), false)) {
                workers.resume();
            }
            ParseJob stale = store.find("p1", "stale").orElseThrow();
            assertThat(stale.status()).isEqualTo(JobStatus.FAILED);
            assertThat(stale.errorMessage().orElseThrow()).contains("create the job again");
        }
    }
}
