package dev.quire.search.lucene;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.StoredChunk;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the embedded backend has: its own files, reopened after a stop. The rest is the contract. */
class LuceneIndexTest {
    @TempDir
    Path dir;

    @Test
    void committed_chunks_survive_a_reopen_and_uncommitted_ones_do_not() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("kept", "f1", 0, "kept", unit(4, 0))));
            index.commit();
            index.replaceFile("f2", List.of(doc("lost", "f2", 0, "lost", unit(4, 1))));
        }
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            assertThat(index.count()).isEqualTo(1);
            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("kept");
        }
    }

    @Test
    void each_index_is_a_folder_that_drop_removes() {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(dir)) {
            backend.index("idx-1", 4).commit();
            assertThat(dir.resolve("idx-1/lucene")).isDirectory();

            backend.drop("idx-1");

            assertThat(dir.resolve("idx-1")).doesNotExist();
            assertThat(backend.storedIndexIds()).isEmpty();
        }
    }
}
