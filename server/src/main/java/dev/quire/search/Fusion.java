package dev.quire.search;

import java.util.List;

/**
 * Merges a full-text and a vector ranking into one. A weight of 0 ignores that ranking; weights
 * need not sum to 1. Hits are matched by chunk id; the result is best first, at most {@code k}.
 */
public interface Fusion {
    List<Hit> fuse(List<Hit> fullText, double fullTextWeight, List<Hit> vector, double vectorWeight, int k);
}
