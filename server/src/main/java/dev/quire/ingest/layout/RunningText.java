package dev.quire.ingest.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds running headers and footers: lines in the top or bottom tenth of a page whose text (digits
 * ignored, so "Page 3" matches "Page 4") recurs on at least half the pages, and bare page numbers.
 */
final class RunningText {
    private static final double MARGIN = 0.1;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)\\W*(page|p\\.)?\\s*#+(\\s*(of|/)\\s*#+)?\\W*");

    private final Set<String> repeated;

    private RunningText(Set<String> repeated) {
        this.repeated = repeated;
    }

    static RunningText of(List<PageLines> pages) {
        Map<String, Integer> pagesWith = new HashMap<>();
        for (PageLines page : pages) {
            Set<String> seen = new HashSet<>();
            for (Line line : page.lines()) {
                if (inMargin(line, page) != 0) {
                    seen.add(key(line));
                }
            }
            seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        Set<String> repeated = new HashSet<>();
        pagesWith.forEach((k, n) -> {
            if (n >= needed) {
                repeated.add(k);
            }
        });
        return new RunningText(repeated);
    }

    /** -1 for a header, 1 for a footer, 0 for body text. */
    int classify(Line line, PageLines page) {
        int margin = inMargin(line, page);
        if (margin == 0) {
            return 0;
        }
        String key = key(line);
        return repeated.contains(key) || PAGE_NUMBER.matcher(key).matches() ? margin : 0;
    }

    private static int inMargin(Line line, PageLines page) {
        if (page.height() <= 0) {
            return 0;
        }
        Box box = line.box();
        if (box.bottom() <= page.height() * MARGIN) {
            return -1;
        }
        return box.y() >= page.height() * (1 - MARGIN) ? 1 : 0;
    }

    private static String key(Line line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").strip();
    }
}
