package dev.quire.search;

import static dev.quire.search.TestChunks.doc;
import static dev.quire.search.TestChunks.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneIndexTest {
    @TempDir
    Path dir;

    @Test
    void a_text_with_more_distinct_terms_than_lucene_allows_clauses_still_finds_its_rare_term() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("c1", "f1", 0, "oolong is a tea", unit(4, 0)),
                    doc("c2", "f1", 1, "common words only", unit(4, 1))));
            index.commit();
            StringBuilder text = new StringBuilder("common");
            for (int i = 0; i < 3_000; i++) {
                text.append(" filler").append(i);
            }
            text.append(" oolong");

            assertThat(index.bm25(text.toString(), Filter.NONE, 10)).extracting(h -> h.chunk().chunkId())
                    .containsExactly("c1", "c2");
        }
    }

    @Test
    void a_repeated_query_term_weighs_like_its_repetitions() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("a", "f1", 0, "apple pie", unit(4, 0)),
                    doc("b", "f1", 1, "banana bread", unit(4, 1))));
            index.commit();
            double once = index.bm25("apple", Filter.NONE, 1).get(0).score();
            double thrice = index.bm25("apple apple apple", Filter.NONE, 1).get(0).score();
            assertThat(thrice).isCloseTo(3 * once, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void changes_become_visible_at_commit() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("c1", "f1", 0, "hello world", unit(4, 0))));

            assertThat(index.count()).isZero();
            index.commit();
            assertThat(index.count()).isEqualTo(1);
        }
    }

    @Test
    void replacing_a_file_swaps_all_its_chunks_and_leaves_other_files_alone() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("f1-0", "f1", 0, "old zero", unit(4, 0)), doc("f1-1", "f1", 1, "old one", unit(4, 1))));
            index.replaceFile("f2", List.of(doc("f2-0", "f2", 0, "other file", unit(4, 2))));
            index.commit();

            index.replaceFile("f1", List.of(doc("f1-new", "f1", 0, "new content", unit(4, 3))));
            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("f1-0", "f1-1");
            index.commit();

            assertThat(index.chunksOfFile("f1")).extracting(StoredChunk::chunkId).containsExactly("f1-new");
            assertThat(index.chunksOfFile("f2")).extracting(StoredChunk::chunkId).containsExactly("f2-0");
            assertThat(index.bm25("old", Filter.NONE, 10)).isEmpty();
            assertThat(index.count()).isEqualTo(2);
        }
    }

    @Test
    void deleting_a_file_removes_its_chunks_at_commit() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(doc("a", "f1", 0, "alpha", unit(4, 0)), doc("b", "f1", 1, "beta", unit(4, 1))));
            index.commit();

            index.deleteFile("f1");
            assertThat(index.count()).isEqualTo(2);
            index.commit();

            assertThat(index.count()).isZero();
            assertThat(index.chunksOfFile("f1")).isEmpty();
        }
    }

    @Test
    void stores_every_chunk_field_and_metadata_as_given() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("author", "alice");
        metadata.put("year", 2021);
        metadata.put("ratio", 0.25);
        metadata.put("draft", false);
        metadata.put("tags", List.of("x", "y"));
        metadata.put("reviewer", null);
        StoredChunk chunk = new StoredChunk("c1", "f1", 3, 120, 180, 14, 2, 3, "some content", metadata);
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f1", List.of(new ChunkDoc(chunk, unit(4, 0))));
            index.commit();

            assertThat(index.chunksOfFile("f1")).containsExactly(chunk);
        }
    }

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
    void rejects_vectors_of_another_dimension_and_chunks_of_another_file() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            assertThatThrownBy(() -> index.replaceFile("f1", List.of(doc("c", "f1", 0, "x", new float[3]))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3-dimension");
            assertThatThrownBy(() -> index.replaceFile("f1", List.of(doc("c", "f2", 0, "x", unit(4, 0)))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to file f2");
            assertThatThrownBy(() -> index.vector(new float[5], Filter.NONE, 1, 10))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void holds_vectors_wider_than_lucenes_default_limit() {
        Random random = new Random(1);
        try (LuceneIndex index = LuceneIndex.open(dir, 1536)) {
            float[] target = TestChunks.random(1536, random);
            index.replaceFile("f", List.of(
                    doc("target", "f", 0, "a", target),
                    doc("other", "f", 1, "b", TestChunks.random(1536, random))));
            index.commit();

            List<Hit> hits = index.vector(Arrays.copyOf(target, 1536), Filter.NONE, 1, 10);

            assertThat(hits).extracting(h -> h.chunk().chunkId()).containsExactly("target");
        }
    }

    @Test
    void a_query_of_only_stop_words_finds_nothing() {
        try (LuceneIndex index = LuceneIndex.open(dir, 4)) {
            index.replaceFile("f", List.of(doc("c", "f", 0, "the and of", unit(4, 0))));
            index.commit();

            assertThat(index.bm25("the of", Filter.NONE, 5)).isEmpty();
        }
    }
}
