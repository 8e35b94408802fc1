package dev.quire.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown headings a position of a text lies under ("Results > Regional Figures"), so a chunk
 * can say which section it came from even when its own text holds no heading.
 *
 * <pre>{@code
 * HeadingPaths paths = HeadingPaths.of(document.text());
 * List<String> path = paths.at(chunk.startChar());
 * }</pre>
 */
public final class HeadingPaths {
    private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})[ \\t]+(.+?)[ \\t#]*$");

    private record Heading(int offset, int level, String text) {}

    private final List<Heading> headings;

    private HeadingPaths(List<Heading> headings) {
        this.headings = headings;
    }

    public static HeadingPaths of(String markdown) {
        List<Heading> headings = new ArrayList<>();
        Matcher m = HEADING.matcher(markdown);
        while (m.find()) {
            headings.add(new Heading(m.start(), m.group(1).length(), m.group(2).strip()));
        }
        return new HeadingPaths(List.copyOf(headings));
    }

    /** The headings in force at {@code charIndex}, outermost first; a heading starting there counts. */
    public List<String> at(int charIndex) {
        String[] levels = new String[7];
        for (Heading h : headings) {
            if (h.offset() > charIndex) {
                break;
            }
            levels[h.level()] = h.text();
            for (int deeper = h.level() + 1; deeper <= 6; deeper++) {
                levels[deeper] = null;
            }
        }
        List<String> path = new ArrayList<>();
        for (int level = 1; level <= 6; level++) {
            if (levels[level] != null) {
                path.add(levels[level]);
            }
        }
        return path;
    }
}
