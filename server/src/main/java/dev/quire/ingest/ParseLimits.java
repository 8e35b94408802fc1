package dev.quire.ingest;

import java.time.Duration;

/**
 * Bounds on one parse, so a hostile or merely huge upload cannot take the server down.
 * Text beyond {@code maxChars} and pages beyond {@code maxPages} are dropped (the document is
 * still returned, marked {@link ParsedDocument#truncated()}); exceeding {@code timeout} fails.
 */
public record ParseLimits(int maxChars, int maxPages, Duration timeout) {

    /** 10 million chars is ~2.5M tokens: far beyond any sane document, well within memory. */
    public static final ParseLimits DEFAULT = new ParseLimits(10_000_000, 2_000, Duration.ofMinutes(5));

    public ParseLimits {
        if (maxChars <= 0) {
            throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        }
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    public ParseLimits withMaxChars(int chars) {
        return new ParseLimits(chars, maxPages, timeout);
    }

    public ParseLimits withMaxPages(int pages) {
        return new ParseLimits(maxChars, pages, timeout);
    }

    public ParseLimits withTimeout(Duration time) {
        return new ParseLimits(maxChars, maxPages, time);
    }
}
