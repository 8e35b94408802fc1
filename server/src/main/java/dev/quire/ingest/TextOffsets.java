package dev.quire.ingest;

/**
 * Converts the UTF-16 offsets used throughout Quire's Java code to the Unicode code point
 * offsets the public API reports. They differ only after a character outside the BMP (emoji,
 * some CJK), so converting at the API edge keeps the inner code simple and exact.
 */
public final class TextOffsets {
    private TextOffsets() {
    }

    /** Code point offset of UTF-16 index {@code charIndex} in {@code text}. */
    public static int toCodePoints(String text, int charIndex) {
        return text.codePointCount(0, charIndex);
    }

    /** UTF-16 index of code point offset {@code codePointIndex} in {@code text}. */
    public static int toChars(String text, int codePointIndex) {
        return text.offsetByCodePoints(0, codePointIndex);
    }
}
