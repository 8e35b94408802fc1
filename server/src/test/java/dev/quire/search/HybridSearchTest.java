package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How BM25's and vector search's candidates meet before fusion; through each backend's index in
 * {@link SearchBackendContract}.
 */
class HybridSearchTest {
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
}
