package dev.quire.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.common.ConfigurationError;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchSettingsTest {
    @Test
    void unset_means_embedded_lucene() {
        assertThat(SearchSettings.fromEnvironment(Map.of())).isEqualTo(SearchSettings.lucene());
        assertThat(SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", " "))).isEqualTo(SearchSettings.lucene());
    }

    @Test
    void solr_takes_the_ensemble_with_its_chroot_and_defaults_to_one_shard_and_one_replica() {
        SearchSettings settings = SearchSettings.fromEnvironment(Map.of(
                "QUIRE_SEARCH", "SOLR", "QUIRE_SOLR_ZK_HOST", "zk1:2181,zk2:2181/solr"));

        assertThat(settings.kind()).isEqualTo(SearchSettings.Kind.SOLR);
        assertThat(settings.zkHost()).isEqualTo(Optional.of("zk1:2181,zk2:2181/solr"));
        assertThat(settings.shards()).isEqualTo(1);
        assertThat(settings.replicas()).isEqualTo(1);
        assertThat(SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", "solr", "QUIRE_SOLR_ZK_HOST", "zk:2181",
                "QUIRE_SOLR_SHARDS", "3", "QUIRE_SOLR_REPLICAS", "2"))).isEqualTo(SearchSettings.solr("zk:2181", 3, 2));
    }

    @Test
    void bm25_boosts_are_read_for_lucene_and_refused_for_solr_which_has_no_title_field() {
        assertThat(SearchSettings.fromEnvironment(Map.of()).bm25()).isEqualTo(Bm25Boosts.NONE);
        assertThat(SearchSettings.fromEnvironment(Map.of("QUIRE_BM25_TITLE_BOOST", "2", "QUIRE_BM25_PHRASE_BOOST", " 0.5 "))
                .bm25()).isEqualTo(new Bm25Boosts(2, 0.5));
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", "solr", "QUIRE_SOLR_ZK_HOST",
                "zk:2181", "QUIRE_BM25_TITLE_BOOST", "2")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("embedded Lucene backend only");
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_BM25_PHRASE_BOOST", "much")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_BM25_PHRASE_BOOST must be a number: much");
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_BM25_TITLE_BOOST", "-1")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_BM25_TITLE_BOOST must be within");
    }

    @Test
    void bad_values_name_their_variable() {
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", "elastic")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_SEARCH must be lucene or solr: elastic");
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", "solr")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_SOLR_ZK_HOST is required");
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_SEARCH", "solr", "QUIRE_SOLR_ZK_HOST", "zk:2181",
                "QUIRE_SOLR_SHARDS", "two")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_SOLR_SHARDS must be a positive whole number: two");
        assertThatThrownBy(() -> SearchSettings.fromEnvironment(Map.of("QUIRE_SOLR_REPLICAS", "0")))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("QUIRE_SOLR_REPLICAS");
    }
}
