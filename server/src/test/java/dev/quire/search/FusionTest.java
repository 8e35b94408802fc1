package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FusionTest {
    private static Hit hit(String id, double score) {
        return new Hit(new StoredChunk(id, "f", 0, 0, 1, 1, 1, 1, "x", Map.of()), score);
    }

    private static List<String> ids(List<Hit> hits) {
        return hits.stream().map(h -> h.chunk().chunkId()).toList();
    }

    private final List<Hit> text = List.of(hit("a", 12.0), hit("b", 8.0), hit("c", 2.0));
    private final List<Hit> vector = List.of(hit("c", 0.95), hit("d", 0.90), hit("a", 0.60));

    @Test
    void rrf_sums_weighted_reciprocal_ranks() {
        List<Hit> fused = new ReciprocalRankFusion().fuse(text, 1, vector, 1, 10);

        assertThat(ids(fused)).containsExactly("a", "c", "b", "d");
        assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    }

    @Test
    void rrf_weights_tilt_the_ranking() {
        assertThat(ids(new ReciprocalRankFusion().fuse(text, 0.2, vector, 1, 2))).containsExactly("c", "a");
    }

    @Test
    void a_zero_weight_turns_a_ranking_off() {
        assertThat(ids(new ReciprocalRankFusion().fuse(text, 0, vector, 1, 10))).containsExactly("c", "d", "a");
        assertThat(ids(new ReciprocalRankFusion().fuse(text, 1, vector, 0, 10))).containsExactly("a", "b", "c");
        assertThat(ids(new MinMaxScoreFusion().fuse(text, 0, vector, 1, 10))).containsExactly("c", "d", "a");
        assertThat(ids(new MinMaxScoreFusion().fuse(text, 1, vector, 0, 10))).containsExactly("a", "b", "c");
        assertThat(new MinMaxScoreFusion().fuse(text, 0, vector, 0, 10)).isEmpty();
    }

    @Test
    void min_max_normalises_each_ranking_then_weighs_them() {
        List<Hit> fused = new MinMaxScoreFusion().fuse(text, 1, vector, 1, 10);

        // a: text 1.0, vector 0.0 -> 0.5; c: text 0.0, vector 1.0 -> 0.5; b: 0.6 / 2; d: (0.30/0.35) / 2
        assertThat(fused).extracting(Hit::score).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(ids(fused)).containsExactly("a", "c", "d", "b");
        assertThat(fused.get(0).score()).isCloseTo(0.5, within(1e-9));
        assertThat(fused.get(2).score()).isCloseTo(0.5 * 0.30 / 0.35, within(1e-9));
    }

    @Test
    void z_score_counts_the_second_models_vote_and_treats_chunks_it_did_not_score_as_average() {
        // Two-way: a -0.13, c -0.22, d -0.38, b -0.62. The second model scores a and c only (standard
        // scores +1 and -1); b and d, which it has no vector for, get 0, so c falls below both.
        List<Hit> second = List.of(hit("a", 0.9), hit("c", 0.1));

        List<Hit> fused = new ZScoreFusion().fuse(text, 1, vector, 1, second, 1, 10);

        assertThat(ids(fused)).containsExactly("a", "d", "b", "c");
    }

    @Test
    void z_score_without_a_second_vote_ranks_exactly_as_the_two_way_fusion() {
        List<Hit> twoWay = new ZScoreFusion().fuse(text, 0.3, vector, 0.6, 10);

        assertThat(new ZScoreFusion().fuse(text, 0.3, vector, 0.6, List.of(), 0.1, 10)).isEqualTo(twoWay);
        assertThat(new ZScoreFusion().fuse(text, 0.3, vector, 0.6, List.of(hit("a", 0.9)), 0, 10)).isEqualTo(twoWay);
    }

    @Test
    void rank_fusions_ignore_the_second_vote() {
        List<Hit> second = List.of(hit("d", 0.9), hit("a", 0.1));

        assertThat(new ReciprocalRankFusion().fuse(text, 1, vector, 1, second, 5, 10))
                .isEqualTo(new ReciprocalRankFusion().fuse(text, 1, vector, 1, 10));
    }

    @Test
    void z_score_standardises_each_ranking_and_gives_absent_chunks_the_lowest_standard_score() {
        List<Hit> fused = new ZScoreFusion().fuse(text, 1, vector, 1, 10);

        assertThat(ids(fused)).containsExactly("a", "c", "d", "b");
        assertThat(fused).extracting(Hit::score).allSatisfy(s -> assertThat(s).isStrictlyBetween(0.0, 1.0));
        double[] t = standard(12, 8, 2);
        double[] v = standard(0.95, 0.90, 0.60);
        // a: text first, vector last; d: missing from text, so it gets text's lowest (c's) score.
        assertThat(fused.get(0).score()).isCloseTo(logistic((t[0] + v[2]) / 2), within(1e-12));
        assertThat(fused.get(2).score()).isCloseTo(logistic((t[2] + v[1]) / 2), within(1e-12));
    }

    @Test
    void z_score_weights_tilt_the_ranking_and_zero_turns_a_ranking_off() {
        assertThat(ids(new ZScoreFusion().fuse(text, 0.2, vector, 0.8, 10))).startsWith("c");
        assertThat(ids(new ZScoreFusion().fuse(text, 0, vector, 1, 10))).containsExactly("c", "d", "a");
        assertThat(ids(new ZScoreFusion().fuse(text, 1, vector, 0, 10))).containsExactly("a", "b", "c");
        assertThat(new ZScoreFusion().fuse(text, 0, vector, 0, 10)).isEmpty();
    }

    @Test
    void z_score_lets_a_flat_ranking_decide_nothing() {
        List<Hit> flat = List.of(hit("a", 3.0), hit("b", 3.0), hit("c", 3.0));
        assertThat(ids(new ZScoreFusion().fuse(flat, 1, vector, 1, 10))).containsExactly("c", "d", "a", "b");
    }

    private static double[] standard(double... scores) {
        double mean = java.util.Arrays.stream(scores).average().orElseThrow();
        double sd = Math.sqrt(java.util.Arrays.stream(scores).map(x -> (x - mean) * (x - mean)).average().orElseThrow());
        return java.util.Arrays.stream(scores).map(x -> (x - mean) / sd).toArray();
    }

    private static double logistic(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    void fusion_keeps_at_most_k() {
        assertThat(new ReciprocalRankFusion().fuse(text, 1, vector, 1, 2)).hasSize(2);
        assertThat(new MinMaxScoreFusion().fuse(text, 1, vector, 1, 1)).hasSize(1);
        assertThat(new ZScoreFusion().fuse(text, 1, vector, 1, 1)).hasSize(1);
    }

    @Test
    void agreement_fusion_drops_full_text_when_the_rankings_share_no_head_chunk() {
        List<Hit> bm25 = List.of(hit("a", 12.0), hit("b", 8.0), hit("c", 2.0));
        List<Hit> disjoint = List.of(hit("x", 0.9), hit("y", 0.8), hit("z", 0.7));

        assertThat(ids(new AgreementFusion(3, 0).fuse(bm25, 0.5, disjoint, 0.5, 10)))
                .startsWith("x", "y", "z");
        // With part of the weight kept, BM25's clear winner still rises above vector's tail.
        assertThat(ids(new AgreementFusion(3, 0.9).fuse(bm25, 0.5, disjoint, 0.5, 10)).indexOf("a"))
                .isLessThan(ids(new AgreementFusion(3, 0.9).fuse(bm25, 0.5, disjoint, 0.5, 10)).indexOf("z"));
    }

    @Test
    void agreement_fusion_keeps_the_configured_weight_when_the_heads_agree() {
        List<Hit> bm25 = List.of(hit("a", 12.0), hit("b", 8.0), hit("c", 2.0));
        List<Hit> same = List.of(hit("c", 0.95), hit("b", 0.90), hit("a", 0.60));

        assertThat(AgreementFusion.agreement(bm25, same, 3)).isEqualTo(1.0);
        assertThat(AgreementFusion.agreement(bm25, same, 1)).isEqualTo(0.0);
        assertThat(new AgreementFusion(3, 0).fuse(bm25, 0.4, same, 0.6, 10))
                .isEqualTo(new ZScoreFusion().fuse(bm25, 0.4, same, 0.6, 10));
    }

    @Test
    void agreement_fusion_of_one_pipeline_is_z_score_fusion() {
        assertThat(new AgreementFusion().fuse(text, 0, vector, 1, 10)).isEqualTo(new ZScoreFusion().fuse(text, 0, vector, 1, 10));
        assertThat(new AgreementFusion().fuse(text, 1, vector, 0, 10)).isEqualTo(new ZScoreFusion().fuse(text, 1, vector, 0, 10));
        assertThat(new AgreementFusion().fuse(text, 0, vector, 0, 10)).isEmpty();
    }
}
