package dev.quire.ingest;

/**
 * A piece of a {@link ParsedDocument}'s text: {@code content} is exactly
 * {@code text.substring(startChar, endChar)} (UTF-16 offsets, see {@link TextOffsets}).
 * A chunk that runs over a page break says so through its page range (1-based, inclusive).
 */
public record Chunk(
        int chunkIndex,
        int startChar,
        int endChar,
        int tokenCount,
        int pageRangeStart,
        int pageRangeEnd,
        String content) {

    public Chunk {
        if (chunkIndex < 0 || startChar < 0 || endChar < startChar || content.length() != endChar - startChar) {
            throw new IllegalArgumentException("inconsistent chunk " + chunkIndex + " [" + startChar + ", " + endChar + ")");
        }
        if (pageRangeStart < 1 || pageRangeEnd < pageRangeStart) {
            throw new IllegalArgumentException("bad page range " + pageRangeStart + ".." + pageRangeEnd);
        }
    }
}
