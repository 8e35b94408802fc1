package dev.quire.ingest;

import java.util.regex.Pattern;

/** Whitespace clean-up shared by the text parsers, so chunk boundaries see tidy paragraphs. */
final class MarkdownText {
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \\t\\u00A0]+(?=\\n)");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    private MarkdownText() {
    }

    static String tidy(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        String noTrailing = TRAILING_SPACES.matcher(unified).replaceAll("");
        return BLANK_LINES.matcher(noTrailing).replaceAll("\n\n").strip();
    }

    /** The first {@code maxChars} chars, not splitting a surrogate pair. */
    static String cut(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int end = maxChars;
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
