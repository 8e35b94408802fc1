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

    /**
     * Whether {@link #backup} works: only for indexes kept in the data directory. A shared backend
     * (SolrCloud) is backed up with its own tools.
     */
    default boolean backsUpOnline() {
        return false;
    }

    /**
     * An online backup's copy of every index: runs {@code atSnapshot} while no index commits or is dropped,
     * then copies each index's last commit into {@code target/<index id>/...}; returns the ids copied.
     *
     * @throws UnsupportedOperationException unless {@link #backsUpOnline()}
     */
    default List<String> backup(java.nio.file.Path target, Runnable atSnapshot) {
        throw new UnsupportedOperationException("this search backend is backed up with its own tools");
    }

    @Override
    void close();
}
