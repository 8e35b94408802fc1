package dev.quire.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Z-score fusion whose full-text weight adapts to each query: it is the configured weight scaled by
 * how far the two rankings agree, the share of BM25's top {@link #top} chunks that vector search also
 * ranks in its top {@link #top} (at least {@link #floor} of the weight stays).
 *
 * <p>Why: where the words of a query are the words of its answer (claims naming their specific
 * terms), both pipelines find the same chunks and BM25 sharpens their order; where they are not
 * (a heading searched for its section, a question in other words than its answer, a long argument
 * whose counter-argument shares its topic but not its phrasing), BM25's head is chunks that
 * merely repeat query words, vector search disagrees, and a fixed share of BM25 pulls good vector
 * results down. A fixed weight that helps the first kind of corpus hurts the second (measured with
 * {@code bench/run quality}); agreement tells them apart per query, from the two rankings alone.
 *
 * <p>A request for one pipeline alone (a weight of 0) is plain z-score fusion, so its scores are the
 * standard scores squashed as {@link ZScoreFusion} does.
 */
public final class AgreementFusion implements Fusion {
    /** How many chunks of each ranking's head are compared. */
    public static final int TOP = 10;
    private static final ZScoreFusion ZSCORE = new ZScoreFusion();

    private final int top;
    private final double floor;

    /** Compares the top {@value #TOP} chunks and lets full-text weight fall to 0 when they share none. */
    public AgreementFusion() {
        this(TOP, 0);
    }

    public AgreementFusion(int top, double floor) {
        if (top < 1 || !(floor >= 0 && floor <= 1)) {
            throw new IllegalArgumentException("top must be positive and floor within [0, 1]: " + top + ", " + floor);
        }
        this.top = top;
        this.floor = floor;
    }

    @Override
    public List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k) {
        FusedRanking.checkWeights(fullTextWeight, vectorWeight);
        if (fullTextWeight == 0 || vectorWeight == 0) {
            return ZSCORE.fuse(fullText, fullTextWeight, vector, vectorWeight, k);
        }
        double share = floor + (1 - floor) * agreement(fullText, vector, top);
        return ZSCORE.fuse(fullText, fullTextWeight * share, vector, vectorWeight, k);
    }

    /** The share of the first {@code top} chunks of one ranking found among the first {@code top} of the other. */
    static double agreement(List<Hit> a, List<Hit> b, int top) {
        int n = Math.min(top, Math.min(a.size(), b.size()));
        if (n == 0) {
            return 0;
        }
        Set<String> head = new HashSet<>();
        a.stream().limit(top).forEach(h -> head.add(h.chunk().chunkId()));
        return (double) b.stream().limit(top).filter(h -> head.contains(h.chunk().chunkId())).count() / n;
    }
}
