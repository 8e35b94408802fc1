package dev.quire.ingest;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What to parse and how: the limits, which pages (1-based; empty = all, up to the page limit) and
 * the Tesseract languages for OCR.
 */
public record ParseOptions(ParseLimits limits, Optional<SortedSet<Integer>> targetPages, List<String> ocrLanguages) {
    public ParseOptions {
        targetPages = targetPages.map(TreeSet::new);
        ocrLanguages = List.copyOf(ocrLanguages);
        if (ocrLanguages.isEmpty()) {
            throw new IllegalArgumentException("at least one OCR language");
        }
    }

    public static ParseOptions of(ParseLimits limits) {
        return new ParseOptions(limits, Optional.empty(), List.of("eng"));
    }
}
