package dev.quire.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quire.search.Fusion;
import dev.quire.search.Hit;
import dev.quire.search.StoredChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StudyFusionsTest {
    private static Hit hit(String id, double score) {
        return new Hit(new StoredChunk(id, "f-" + id, 0, 0, 0, 0, 1, 1, "", Map.of()), score);
    }

    @Test
    void vector_gated_fusion_ranks_only_vector_candidates_and_lets_bm25_reorder_them() {
        Fusion gated = StudyFusions.vectorGated();
        List<Hit> bm25 = List.of(hit("only-bm25", 30), hit("b", 20), hit("a", 1), hit("x", 0.5));
        List<Hit> vector = List.of(hit("a", 0.80), hit("b", 0.79), hit("c", 0.50), hit("d", 0.49));

        List<Hit> fused = gated.fuse(bm25, 0.5, vector, 0.5, 10);

        assertThat(fused).extracting(h -> h.chunk().chunkId()).containsExactly("b", "a", "c", "d");
    }

    @Test
    void vector_gated_fusion_with_one_pipeline_is_plain_z_score() {
        List<Hit> vector = List.of(hit("a", 0.9), hit("b", 0.5));
        assertThat(StudyFusions.vectorGated().fuse(List.of(hit("z", 9)), 0, vector, 1, 2))
                .extracting(h -> h.chunk().chunkId()).containsExactly("a", "b");
    }
}
