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

    /**
     * A converter from UTF-16 indexes to code point offsets for many lookups in one text: the
     * identity when the text has no surrogate pairs (the usual case), else a prefix table, so that
     * converting every chunk boundary of a large document stays linear.
     */
    public static java.util.function.IntUnaryOperator codePointsOf(String text) {
        if (text.codePointCount(0, text.length()) == text.length()) {
            return java.util.function.IntUnaryOperator.identity();
        }
        int[] prefix = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            boolean lowHalf = i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
            prefix[i + 1] = prefix[i] + (lowHalf ? 0 : 1);
        }
        return charIndex -> prefix[charIndex];
    }

    /** UTF-16 index of code point offset {@code codePointIndex} in {@code text}. */
    public static int toChars(String text, int codePointIndex) {
        return text.offsetByCodePoints(0, codePointIndex);
    }
}
