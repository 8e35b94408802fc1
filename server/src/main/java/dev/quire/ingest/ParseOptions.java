package dev.quire.ingest;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to parse and how: the limits, which pages (1-based; empty = all, up to the page limit) and
 * the Tesseract languages for OCR. {@code failOverPageLimit}: a document with more pages than the
 * limit fails (the parse API) instead of being cut at the limit (indexes).
 */
public record ParseOptions(ParseLimits limits, Optional<SortedSet<Integer>> targetPages, List<String> ocrLanguages,
                           boolean failOverPageLimit) {
    public ParseOptions {
        targetPages = targetPages.map(TreeSet::new);
        ocrLanguages = List.copyOf(ocrLanguages);
        if (ocrLanguages.isEmpty()) {
            throw new IllegalArgumentException("at least one OCR language");
        }
    }

    public static ParseOptions of(ParseLimits limits) {
        return new ParseOptions(limits, Optional.empty(), List.of("eng"), false);
    }
}
