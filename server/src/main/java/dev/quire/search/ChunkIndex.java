package dev.quire.search;

import java.util.List;
import java.util.Set;

/**
 * One Quire index's chunks, searchable by BM25 over their text and by nearest neighbours over
 * their vectors, both restricted by a {@link Filter} inside the search (k results come back
 * whenever k chunks pass). Fusing the two rankings is {@link HybridSearch}'s job, so every backend
 * ranks the same way.
 *
 * <p>Writes become visible only at {@link #commit()}: searches see the last committed state, so a
 * file's old and new chunks are never seen together. Implementations are thread-safe. The methods
 * form one contract, tested once for every backend, which is why they are not split further.
 */
public interface ChunkIndex {

    int dimension();

    /** Replaces every chunk of {@code fileId} with {@code docs}, all at once; visible at the next commit. */
    void replaceFile(String fileId, List<ChunkDoc> docs);

    /** Removes every chunk of {@code fileId}; visible at the next commit. */
    void deleteFile(String fileId);

    /** Makes all changes so far durable and visible to searches. */
    void commit();

    /** Ids of the files that have visible chunks. */
    Set<String> fileIds();

    /** Number of chunks visible to searches. */
    int count();

    /** The visible chunks of one file in chunk order. */
    List<StoredChunk> chunksOfFile(String fileId);

    /**
     * The visible chunks of one file in chunk order, with their vectors as indexed: what
     * {@link #replaceFile} needs to write them elsewhere (moving a deployment onto other backends).
     *
     * @throws UnsupportedOperationException where the backend does not keep vectors readable
     */
    List<ChunkDoc> docsOfFile(String fileId);

    /**
     * Best {@code k} BM25 matches for {@code text} (English analysis) among chunks passing
     * {@code filter}; a text of only stop words matches nothing.
     */
    List<Hit> bm25(String text, Filter filter, int k);

    /**
     * Nearest {@code k} chunks to {@code queryVector} by cosine, scored (1 + cos) / 2, among those
     * passing {@code filter}.
     *
     * @param numCandidates HNSW beam width; more is slower and more accurate (at least k is used)
     */
    List<Hit> vector(float[] queryVector, Filter filter, int k, int numCandidates);
}
