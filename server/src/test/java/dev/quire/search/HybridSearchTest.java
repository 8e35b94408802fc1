package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.lucene.LuceneSearchBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How BM25's and vector search's candidates meet before fusion. */
class HybridSearchTest {
    @TempDir
    Path dir;

    private static Hit hit(String id, double score) {
        return new Hit(new StoredChunk(id, "f", 0, 0, 1, 1, 1, 1, "x", Map.of()), score);
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.chunk().chunkId()).toList();
    }

    private final List<Hit> rareWordMatches = List.of(hit("a", 9.0), hit("b", 3.0));
    private final List<Hit> vector = List.of(hit("c", .95), hit("d", .90), hit("e", .89), hit("f", .88), hit("g", .87),
            hit("a", .86), hit("h", .85), hit("i", .84), hit("b", .83), hit("j", .82));

    @Test
    void a_complete_bm25_list_gets_zero_for_the_vector_candidates_it_did_not_match() {
        List<Hit> all = HybridSearch.withUnmatched(rareWordMatches, vector);

        assertThat(ids(all)).containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
        assertThat(all.subList(2, all.size())).allSatisfy(h -> assertThat(h.score()).isZero());
        assertThat(all.subList(0, 2)).isEqualTo(rareWordMatches);
    }

    @Test
    void with_the_zeros_a_strong_match_of_few_stands_out_against_vector_search() {
        ZScoreFusion fusion = new ZScoreFusion();

        // Standardised over its two hits alone, the best match is one deviation above the other and loses.
        assertThat(ids(fusion.fuse(rareWordMatches, 0.5, vector, 0.5, 10)).get(0)).isEqualTo("c");
        assertThat(ids(fusion.fuse(HybridSearch.withUnmatched(rareWordMatches, vector), 0.5, vector, 0.5, 10)).get(0))
                .isEqualTo("a");
    }

    @Test
    void rank_fusion_sees_bm25_as_it_came() {
        assertThat(new ReciprocalRankFusion().scoresUnmatched()).isFalse();
        assertThat(new MinMaxScoreFusion().scoresUnmatched()).isFalse();
        assertThat(new ZScoreFusion().scoresUnmatched()).isTrue();
    }

    /** Twelve chunks, two with a rare word; the query vector is nearest a chunk without it. */
    @Test
    void search_adds_the_zeros_only_when_bm25_returned_fewer_than_the_candidates() {
        try (LuceneSearchBackend backend = new LuceneSearchBackend(dir)) {
            ChunkIndex index = backend.index("hybrid", 2);
            List<ChunkDoc> docs = new ArrayList<>();
            docs.add(TestChunks.doc("a", "f", 0, "zeolite zeolite membranes filter water", unit(0.55)));
            docs.add(TestChunks.doc("b", "f", 1, "a zeolite mention among many other words about water", unit(0.9)));
            for (int i = 0; i < 10; i++) {
                docs.add(TestChunks.doc("n" + i, "f", 2 + i, "membranes filter water number " + i, unit(0.05 * i)));
            }
            index.replaceFile("f", docs);
            index.commit();
            HybridSearch search = new HybridSearch(index, new ZScoreFusion());
            float[] query = unit(0);

            HybridQuery few = new HybridQuery("zeolite", query, Filter.NONE, 5, 12, 0.5, 0.5);
            assertThat(search.search(few)).isEqualTo(new ZScoreFusion().fuse(
                    HybridSearch.withUnmatched(index.bm25("zeolite", Filter.NONE, 12), index.vector(query, Filter.NONE, 12, 18)),
                    0.5, index.vector(query, Filter.NONE, 12, 18), 0.5, 5));

            // "water" matches all twelve: BM25's list is full, nothing is added.
            HybridQuery full = new HybridQuery("water", query, Filter.NONE, 5, 12, 0.5, 0.5);
            assertThat(search.search(full)).isEqualTo(new ZScoreFusion().fuse(index.bm25("water", Filter.NONE, 12), 0.5,
                    index.vector(query, Filter.NONE, 12, 18), 0.5, 5));
        }
    }

    private static float[] unit(double angle) {
        return new float[] {(float) Math.cos(angle), (float) Math.sin(angle)};
    }
}
