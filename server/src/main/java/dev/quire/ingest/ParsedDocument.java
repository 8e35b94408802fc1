package dev.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text of a document and where its pages lie in it.
 *
 * <p>Pages are contiguous and cover the whole text: page 1 starts at 0, each page ends where the
 * next starts and the last ends at {@code text.length()}, so every char belongs to exactly one
 * page. Formats without pages have a single page. Offsets are UTF-16 indexes ({@link TextOffsets}).
 *
 * @param truncated true when a {@link ParseLimits} bound dropped text or pages
 */
public record ParsedDocument(String text, List<Page> pages, Optional<String> title, boolean truncated) {

    public ParsedDocument {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("a document has at least one page");
        }
        int expectedStart = 0;
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            if (page.number() != i + 1 || page.startChar() != expectedStart) {
                throw new IllegalArgumentException("pages must be numbered 1.. and contiguous: " + page);
            }
            expectedStart = page.endChar();
        }
        if (expectedStart != text.length()) {
            throw new IllegalArgumentException("pages end at " + expectedStart + ", text at " + text.length());
        }
    }

    /** A document without pages. */
    public static ParsedDocument singlePage(String text, Optional<String> title, boolean truncated) {
        return new ParsedDocument(text, List.of(new Page(1, 0, text.length())), title, truncated);
    }

    /**
     * Joins page texts with a blank line, each separator counting to the page before it.
     * Page texts are stripped of surrounding whitespace first, so empty pages stay empty.
     */
    public static ParsedDocument ofPages(List<String> pageTexts, Optional<String> title, boolean truncated) {
        StringBuilder text = new StringBuilder();
        List<Page> pages = new ArrayList<>(pageTexts.size());
        for (int i = 0; i < pageTexts.size(); i++) {
            int start = text.length();
            text.append(pageTexts.get(i).strip());
            if (i < pageTexts.size() - 1) {
                text.append("\n\n");
            }
            pages.add(new Page(i + 1, start, text.length()));
        }
        if (pages.isEmpty()) {
            pages.add(new Page(1, 0, 0));
        }
        return new ParsedDocument(text.toString(), pages, title, truncated);
    }

    /** The page holding {@code charIndex}; an index at the very end belongs to the last page. */
    public Page pageAt(int charIndex) {
        if (charIndex < 0 || charIndex > text.length()) {
            throw new IndexOutOfBoundsException("char index " + charIndex + " outside [0, " + text.length() + "]");
        }
        int lo = 0;
        int hi = pages.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pages.get(mid).startChar() <= charIndex) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return pages.get(lo);
    }

    public String pageText(int pageNumber) {
        Page page = pages.get(pageNumber - 1);
        return text.substring(page.startChar(), page.endChar());
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
