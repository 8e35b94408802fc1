package dev.quire.ingest;

/**
 * One page of a {@link ParsedDocument}: {@code text.substring(startChar, endChar)}.
 * Offsets are Java {@code String} (UTF-16) indexes; see {@link TextOffsets} for code points.
 */
public record Page(int number, int startChar, int endChar) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        if (startChar < 0 || endChar < startChar) {
            throw new IllegalArgumentException("bad page range [" + startChar + ", " + endChar + ")");
        }
    }

    public boolean contains(int charIndex) {
        return charIndex >= startChar && charIndex < endChar;
    }
}
