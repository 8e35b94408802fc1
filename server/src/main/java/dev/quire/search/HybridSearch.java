package dev.quire.search;

import java.util.List;

/**
 * BM25 and vector search over one {@link ChunkIndex}, fused in Quire so every backend ranks alike.
 *
 * <pre>{@code
 * HybridSearch search = new HybridSearch(index, new ReciprocalRankFusion());
 * List<Hit> hits = search.search(HybridQuery.of("refund policy", embedder.embedQuery("refund policy"), Filter.NONE, 10));
 * }</pre>
 */
public final class HybridSearch {
    /** HNSW beam width per requested candidate: 1.5x keeps recall high at little cost. */
    private static final double BEAM_PER_CANDIDATE = 1.5;

    private final ChunkIndex index;
    private final Fusion fusion;

    public HybridSearch(ChunkIndex index, Fusion fusion) {
        this.index = index;
        this.fusion = fusion;
    }

    public List<Hit> search(HybridQuery query) {
        List<Hit> fullText = query.fullTextWeight() > 0
                ? index.bm25(query.text(), query.filter(), query.candidates())
                : List.of();
        List<Hit> vector = query.vectorWeight() > 0
                ? index.vector(query.vector(), query.filter(), query.candidates(), (int) (query.candidates() * BEAM_PER_CANDIDATE))
                : List.of();
        return fusion.fuse(fullText, query.fullTextWeight(), vector, query.vectorWeight(), query.k());
    }
}
