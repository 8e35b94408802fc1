package dev.quire.search;

import static dev.quire.search.TestChunks.doc;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 200 chunks, 30 of them "rare" and ranked below all 170 others for the query, by both text and
 * vector. Filtering after the search would return nothing; filtering inside must return k.
 */
class FilteredSearchTest {
    private static final int DIMENSION = 32;
    @TempDir
    static Path dir;
    private static LuceneIndex index;
    private static float[] query;

    @BeforeAll
    static void build() {
        Random random = new Random(11);
        query = TestChunks.unit(DIMENSION, 0);
        float[] away = TestChunks.unit(DIMENSION, 1);
        List<ChunkDoc> docs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean rare = i % 20 < 3; // 30 of 200, spread through the index
            String text = rare ? "apple with pears plums figs and cherries" : "apple apple apple orchard";
            float[] vector = TestChunks.near(rare ? away : query, 0.05, random);
            docs.add(doc("c" + i, "f" + (i % 7), i, text, vector,
                    Map.of("kind", rare ? "rare" : "common", "n", i)));
        }
        index = LuceneIndex.open(dir, DIMENSION);
        index.replaceFile("f", List.of()); // no-op: replacing a missing file is fine
        for (int f = 0; f < 7; f++) {
            String fileId = "f" + f;
            index.replaceFile(fileId, docs.stream().filter(d -> d.chunk().fileId().equals(fileId)).toList());
        }
        index.commit();
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void unfiltered_top_100_holds_no_rare_chunk() {
        assertThat(index.bm25("apple", Filter.NONE, 100)).noneMatch(h -> "rare".equals(h.chunk().metadata().get("kind")));
        assertThat(index.vector(query, Filter.NONE, 100, 100)).noneMatch(h -> "rare".equals(h.chunk().metadata().get("kind")));
    }

    @Test
    void bm25_returns_k_filtered_hits() {
        List<Hit> hits = index.bm25("apple", Filter.of(Condition.eq("kind", "rare")), 20);

        assertThat(hits).hasSize(20).allMatch(h -> "rare".equals(h.chunk().metadata().get("kind")));
    }

    @Test
    void vector_search_returns_k_filtered_hits() {
        List<Hit> hits = index.vector(query, Filter.of(Condition.eq("kind", "rare")), 20, 20);

        assertThat(hits).hasSize(20).allMatch(h -> "rare".equals(h.chunk().metadata().get("kind")));
    }

    @Test
    void returns_every_match_when_fewer_than_k_pass() {
        Filter rareInRange = Filter.of(Condition.eq("kind", "rare"), Condition.lt("n", 100));

        assertThat(index.vector(query, rareInRange, 50, 50)).hasSize(15);
        assertThat(index.bm25("apple", rareInRange, 50)).hasSize(15);
    }

    @Test
    void hybrid_search_with_a_filter_returns_k() {
        HybridSearch search = new HybridSearch(index, new ReciprocalRankFusion());

        List<Hit> hits = search.search(HybridQuery.of("apple", query, Filter.of(Condition.eq("kind", "rare")), 20));

        assertThat(hits).hasSize(20).allMatch(h -> "rare".equals(h.chunk().metadata().get("kind")));
    }
}
