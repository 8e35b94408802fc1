package dev.quire.search;

import dev.quire.common.ConfigurationError;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which search backend to run and how: embedded Lucene (the default, nothing to set up) or a
 * SolrCloud cluster found through its ZooKeeper ensemble.
 *
 * <pre>{@code
 * SearchSettings settings = SearchSettings.fromEnvironment(System.getenv());
 * }</pre>
 *
 * @param kind    lucene or solr
 * @param zkHost  the ZooKeeper ensemble with optional chroot ({@code zk1:2181,zk2:2181/solr}); solr only
 * @param shards  shards per Solr collection
 * @param replicas replicas per shard
 * @param bm25     title and phrase boosts of BM25 (Lucene only: Solr refuses them rather than ignore them)
 */
public record SearchSettings(Kind kind, Optional<String> zkHost, int shards, int replicas, Bm25Boosts bm25) {
    public static final String SEARCH = "QUIRE_SEARCH";
    public static final String ZK_HOST = "QUIRE_SOLR_ZK_HOST";
    public static final String SHARDS = "QUIRE_SOLR_SHARDS";
    public static final String REPLICAS = "QUIRE_SOLR_REPLICAS";

    public enum Kind { LUCENE, SOLR }

    public SearchSettings {
        if (kind == Kind.SOLR && zkHost.map(String::isBlank).orElse(true)) {
            throw new ConfigurationError(ZK_HOST + " is required when " + SEARCH + "=solr "
                    + "(the ZooKeeper ensemble of the SolrCloud cluster, e.g. zk1:2181,zk2:2181/solr)");
        }
        if (shards < 1) {
            throw new ConfigurationError(SHARDS + " must be a positive whole number: " + shards);
        }
        if (replicas < 1) {
            throw new ConfigurationError(REPLICAS + " must be a positive whole number: " + replicas);
        }
        if (kind == Kind.SOLR && bm25.any()) {
            throw new ConfigurationError(Bm25Boosts.TITLE + " and " + Bm25Boosts.PHRASE + " apply to the embedded "
                    + "Lucene backend only; unset them with " + SEARCH + "=solr");
        }
    }

    public SearchSettings(Kind kind, Optional<String> zkHost, int shards, int replicas) {
        this(kind, zkHost, shards, replicas, Bm25Boosts.NONE);
    }

    /** The same settings with other BM25 boosts. */
    public SearchSettings withBm25(Bm25Boosts boosts) {
        return new SearchSettings(kind, zkHost, shards, replicas, boosts);
    }

    /** The embedded default. */
    public static SearchSettings lucene() {
        return new SearchSettings(Kind.LUCENE, Optional.empty(), 1, 1);
    }

    public static SearchSettings solr(String zkHost, int shards, int replicas) {
        return new SearchSettings(Kind.SOLR, Optional.of(zkHost), shards, replicas);
    }

    /** Reads the {@code QUIRE_SEARCH} and {@code QUIRE_SOLR_*} variables; unset means the default. */
    public static SearchSettings fromEnvironment(Map<String, String> env) {
        String kind = value(env, SEARCH).orElse("lucene").toLowerCase(Locale.ROOT);
        int shards = positive(env, SHARDS);
        int replicas = positive(env, REPLICAS);
        return switch (kind) {
            case "lucene" -> new SearchSettings(Kind.LUCENE, Optional.empty(), shards, replicas,
                    Bm25Boosts.fromEnvironment(env));
            case "solr" -> new SearchSettings(Kind.SOLR, value(env, ZK_HOST), shards, replicas,
                    Bm25Boosts.fromEnvironment(env));
            default -> throw new ConfigurationError(SEARCH + " must be lucene or solr: " + kind);
        };
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    private static int positive(Map<String, String> env, String name) {
        Optional<String> text = value(env, name);
        if (text.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(text.get());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the variable's name
        }
        throw new ConfigurationError(name + " must be a positive whole number: " + text.get());
    }
}
