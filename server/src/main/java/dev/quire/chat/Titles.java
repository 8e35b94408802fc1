package dev.quire.chat;

/**
 * The session title rule (contract §10.7): the first prompt with whitespace collapsed; above 50 code
 * points, cut at the last word boundary within 50 and followed by "...".
 */
public final class Titles {
    static final int MAX = 50;

    private Titles() {}

    public static String of(String prompt) {
        String collapsed = prompt.strip().replaceAll("\\s+", " ");
        if (collapsed.codePointCount(0, collapsed.length()) <= MAX) {
            return collapsed;
        }
        String head = collapsed.substring(0, collapsed.offsetByCodePoints(0, MAX));
        int space = head.lastIndexOf(' ');
        String cut = space > 0 ? head.substring(0, space) : head;
        return cut.stripTrailing() + "...";
    }
}
