package dev.quire.search;

import java.util.List;

/**
 * Where the chunks of every Quire index live: embedded Lucene folders or a SolrCloud cluster.
 * Callers see only this and {@link ChunkIndex}; {@link SearchBackends#open} picks the implementation.
 *
 * <pre>{@code
 * try (SearchBackend search = SearchBackends.open(SearchSettings.fromEnvironment(System.getenv()), dataDir)) {
 *     ChunkIndex index = search.index("idx-1", 384);
 *     index.replaceFile("file-1", docs);
 *     index.commit();
 * }
 * }</pre>
 */
public interface SearchBackend extends AutoCloseable {

    /**
     * The index with this id, created on first use for vectors of {@code dimension}. The returned
     * object is shared and thread-safe; callers need not close it.
     */
    ChunkIndex index(String indexId, int dimension);

    /** Removes an index and all its chunks; dropping a missing index is not an error. */
    void drop(String indexId);

    /** Ids of the indexes the backend holds (start-up repair drops those of deleted indexes). */
    List<String> storedIndexIds();

    @Override
    void close();
}
