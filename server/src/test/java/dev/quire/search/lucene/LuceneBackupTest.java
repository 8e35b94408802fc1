package dev.quire.search.lucene;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.StoredChunk;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An online backup's copy of the search indexes: the last commit of each, with commits held off meanwhile. */
class LuceneBackupTest {
    @TempDir
    Path dir;

    @Test
    void copies_each_last_commit_and_holds_commits_while_the_database_is_copied() throws Exception {
        Path target = dir.resolve("backup");
        try (LuceneSearchBackend backend = new LuceneSearchBackend(dir.resolve("indexes"))) {
            LuceneIndex a = backend.index("idx-a", 4);
            a.replaceFile("f1", List.of(doc("c1", "f1", 0, "committed", unit(4, 0))));
            a.commit();
            a.replaceFile("f2", List.of(doc("c2", "f2", 0, "not yet committed", unit(4, 1))));
            backend.index("idx-never", 4); // opened, never committed: nothing to copy
            boolean[] commitWaited = new boolean[1];

            List<String> copied = backend.backup(target, () -> {
                CompletableFuture<Void> commit = CompletableFuture.runAsync(a::commit);
                try {
                    commit.get(300, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    commitWaited[0] = true; // what the test expects: the commit waits for the backup
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });

            assertThat(commitWaited[0]).as("a commit during the database copy waits").isTrue();
            assertThat(copied).containsExactly("idx-a");
            // The commit that waited goes through once the backup has its copy.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (a.count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(a.count()).isEqualTo(2);
        }
        try (LuceneIndex restored = LuceneIndex.open(target.resolve("idx-a").resolve("lucene"), 4)) {
            assertThat(restored.count()).isEqualTo(1);
            assertThat(restored.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("c1");
        }
    }

    @Test
    void copies_indexes_not_opened_since_start_from_their_folders() throws Exception {
        Path root = dir.resolve("indexes");
        try (LuceneSearchBackend first = new LuceneSearchBackend(root)) {
            first.index("idx-b", 4).replaceFile("f1", List.of(doc("c1", "f1", 0, "stored", unit(4, 2))));
            first.index("idx-b", 4).commit();
        }
        try (LuceneSearchBackend second = new LuceneSearchBackend(root)) {
            assertThat(second.backup(dir.resolve("backup"), () -> { })).containsExactly("idx-b");
        }
        try (LuceneIndex restored = LuceneIndex.open(dir.resolve("backup/idx-b/lucene"), 4)) {
            assertThat(restored.count()).isEqualTo(1);
        }
    }
}
