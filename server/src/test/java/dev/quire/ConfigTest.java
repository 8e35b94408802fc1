package dev.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.search.MinMaxScoreFusion;
import dev.quire.search.ReciprocalRankFusion;
import dev.quire.search.ZScoreFusion;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {
    @Test
    void retrieval_and_chunking_defaults_are_the_measured_ones() {
        Config config = Config.fromEnvironment(Map.of());
        assertThat(config.retrieval().fusion()).isEqualTo("zscore");
        assertThat(config.retrieval().fullTextWeight()).isEqualTo(0.3);
        assertThat(config.retrieval().vectorWeight()).isEqualTo(0.55);
        assertThat(config.retrieval().secondModelWeight()).isEqualTo(0.15);
        assertThat(config.embedding().secondModel()).isEqualTo(Config.Embedding.MINILM);
        assertThat(config.embedding().chunking().targetTokens()).isEqualTo(500);
        assertThat(config.embedding().chunking().overlapTokens()).isEqualTo(50);
        assertThat(Pipelines.fusion(config.retrieval())).isInstanceOf(ZScoreFusion.class);
    }

    @Test
    void fusion_and_chunking_come_from_the_environment() {
        Config config = Config.fromEnvironment(Map.of("QUIRE_FUSION", "rrf", "QUIRE_CHUNK_TOKENS", "256",
                "QUIRE_CHUNK_OVERLAP_TOKENS", "0"));
        assertThat(Pipelines.fusion(config.retrieval())).isInstanceOf(ReciprocalRankFusion.class);
        assertThat(Pipelines.fusion(Config.fromEnvironment(Map.of("QUIRE_FUSION", "minmax")).retrieval()))
                .isInstanceOf(MinMaxScoreFusion.class);
        assertThat(config.embedding().chunking().targetTokens()).isEqualTo(256);
        assertThat(config.embedding().chunking().overlapTokens()).isZero();
    }

    @Test
    void the_second_model_is_on_with_the_local_embedder_and_off_with_a_remote_one_unless_set() {
        assertThat(Config.fromEnvironment(Map.of("QUIRE_EMBEDDER", "openai")).embedding().secondModel())
                .isEqualTo(Config.Embedding.NONE);
        assertThat(Config.fromEnvironment(Map.of("QUIRE_EMBEDDER", "openai", "QUIRE_SECOND_EMBEDDING_MODEL",
                "all-minilm-l6-v2")).embedding().secondModel()).isEqualTo(Config.Embedding.MINILM);
        Config off = Config.fromEnvironment(Map.of("QUIRE_SECOND_EMBEDDING_MODEL", "none", "QUIRE_SECOND_MODEL_WEIGHT", "0.25"));
        assertThat(off.embedding().secondModel()).isEqualTo(Config.Embedding.NONE);
        assertThat(Pipelines.secondEmbedder(off.embedding(), new java.util.ArrayList<>())).isEmpty();
        assertThat(off.retrieval().secondModelWeight()).isEqualTo(0.25);
    }

    @Test
    void bad_settings_fail_at_startup_naming_the_variable() {
        assertThatThrownBy(() -> Pipelines.fusion(Config.fromEnvironment(Map.of("QUIRE_FUSION", "max")).retrieval()))
                .hasMessageContaining("QUIRE_FUSION");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("QUIRE_CHUNK_TOKENS", "lots")))
                .hasMessageContaining("QUIRE_CHUNK_TOKENS");
        Config overlapping = Config.fromEnvironment(Map.of("QUIRE_CHUNK_TOKENS", "100", "QUIRE_CHUNK_OVERLAP_TOKENS", "80"));
        assertThatThrownBy(() -> overlapping.embedding().chunking()).hasMessageContaining("QUIRE_CHUNK_OVERLAP_TOKENS");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("QUIRE_SECOND_EMBEDDING_MODEL", "e5")))
                .hasMessageContaining("QUIRE_SECOND_EMBEDDING_MODEL");
        assertThatThrownBy(() -> Config.fromEnvironment(Map.of("QUIRE_SECOND_MODEL_WEIGHT", "much")))
                .hasMessageContaining("QUIRE_SECOND_MODEL_WEIGHT");
        assertThatThrownBy(() -> new dev.quire.retrieval.RetrievalPolicy(0.3, 0.6, 1.5))
                .hasMessageContaining("QUIRE_SECOND_MODEL_WEIGHT");
    }
}
