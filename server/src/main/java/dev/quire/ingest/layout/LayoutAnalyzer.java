package dev.quire.ingest.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the lines of a document's pages into headings, paragraphs, lists and tables.
 *
 * <pre>{@code
 * List<LayoutPage> pages = new LayoutAnalyzer().analyze(pageLines);
 * }</pre>
 *
 * <p>Rule-based, using what every PDF has: the body font size is the most common one (by chars);
 * a heading is a short line clearly larger than the body (levels by size, sizes within 12% sharing
 * a level), or bold where the body is not; a table is
 * a run of lines whose words stand in columns (gaps wider than {@link #CELL_GAP_EM} of the font);
 * a list item starts with a bullet or a number. Reading order is top to bottom: multi-column pages
 * are read across the columns.
 */
public final class LayoutAnalyzer {
    static final double CELL_GAP_EM = 1.2;
    private static final double HEADING_RATIO = 1.15;
    private static final Pattern LIST_START = Pattern.compile("^([•◦▪●·\\-–*]|(\\d{1,3})[.)])\\s+(.*)$");

    public List<LayoutPage> analyze(List<PageLines> pages) {
        RunningText running = RunningText.of(pages);
        double body = bodyFontSize(pages);
        boolean bodyBold = bodyIsBold(pages, body);
        Map<Double, Integer> levels = headingLevels(pages, body, bodyBold);
        List<LayoutPage> out = new ArrayList<>();
        for (PageLines page : pages) {
            if (page.error().isPresent()) {
                out.add(LayoutPage.failed(page.number(), page.width(), page.height(), page.error().get()));
                continue;
            }
            List<Line> bodyLines = new ArrayList<>();
            List<String> header = new ArrayList<>();
            List<String> footer = new ArrayList<>();
            for (Line line : page.lines()) {
                switch (running.classify(line, page)) {
                    case -1 -> header.add(line.text());
                    case 1 -> footer.add(line.text());
                    default -> bodyLines.add(line);
                }
            }
            if (bodyLines.isEmpty()) {
                // A page whose every line sits in a margin is all body (a one-line page repeated in a deck).
                bodyLines.addAll(page.lines());
                header.clear();
                footer.clear();
            }
            List<Item> items = new Blocks(body, bodyBold, levels).of(bodyLines);
            out.add(new LayoutPage(page.number(), page.width(), page.height(), items, joined(header), joined(footer),
                    Optional.empty()));
        }
        return out;
    }

    private static Optional<String> joined(List<String> lines) {
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }

    private static double bodyFontSize(List<PageLines> pages) {
        Map<Double, Integer> chars = new HashMap<>();
        pages.forEach(p -> p.lines().forEach(l -> chars.merge(roundSize(l.fontSize()), l.text().length(), Integer::sum)));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(10.0);
    }

    private static boolean bodyIsBold(List<PageLines> pages, double body) {
        int bold = 0;
        int all = 0;
        for (PageLines p : pages) {
            for (Line l : p.lines()) {
                if (roundSize(l.fontSize()) == body) {
                    all += l.text().length();
                    bold += l.bold() ? l.text().length() : 0;
                }
            }
        }
        return all > 0 && bold * 2 > all;
    }

    /** Heading sizes, largest first, get levels 1, 2, ...; body-size bold headings come after them. */
    private static Map<Double, Integer> headingLevels(List<PageLines> pages, double body, boolean bodyBold) {
        TreeSet<Double> sizes = new TreeSet<>();
        pages.forEach(p -> p.lines().forEach(l -> {
            if (roundSize(l.fontSize()) >= body * HEADING_RATIO && isHeadingText(l.text())) {
                sizes.add(roundSize(l.fontSize()));
            }
        }));
        // Sizes within 12% of a level's largest share it: OCR measures the same type a little
        // differently line by line, and a PDF's 15.9 and 16 pt are one style.
        Map<Double, Integer> levels = new HashMap<>();
        int level = 0;
        double top = Double.MAX_VALUE;
        for (Double size : sizes.descendingSet()) {
            if (size < top * 0.88) {
                level++;
                top = size;
            }
            levels.put(size, Math.min(6, level));
        }
        levels.put(body, Math.min(6, level + 1));
        return levels;
    }

    static boolean isHeadingText(String text) {
        return text.length() <= 120 && !text.isBlank();
    }

    static double roundSize(double size) {
        return Math.round(size * 2) / 2.0;
    }

    /** The block builder for one page's body lines. */
    private static final class Blocks {
        private final double body;
        private final boolean bodyBold;
        private final Map<Double, Integer> levels;

        Blocks(double body, boolean bodyBold, Map<Double, Integer> levels) {
            this.body = body;
            this.bodyBold = bodyBold;
            this.levels = levels;
        }

        List<Item> of(List<Line> lines) {
            List<Item> items = new ArrayList<>();
            int i = 0;
            while (i < lines.size()) {
                int tableEnd = tableEnd(lines, i);
                if (tableEnd > i + 1) {
                    items.add(table(lines.subList(i, tableEnd)));
                    i = tableEnd;
                } else if (headingLevel(lines.get(i)) > 0) {
                    int end = i + 1;
                    while (end < lines.size() && continuesHeading(lines.get(end - 1), lines.get(end))) {
                        end++;
                    }
                    items.add(heading(lines.subList(i, end)));
                    i = end;
                } else if (LIST_START.matcher(lines.get(i).text()).matches()) {
                    i = list(lines, i, items);
                } else {
                    int end = i + 1;
                    while (end < lines.size() && continuesParagraph(lines.get(end - 1), lines.get(end))) {
                        end++;
                    }
                    items.add(paragraph(lines.subList(i, end)));
                    i = end;
                }
            }
            return items;
        }

        private int headingLevel(Line line) {
            double size = roundSize(line.fontSize());
            if (!isHeadingText(line.text()) || line.cells(CELL_GAP_EM * line.fontSize()).size() > 1) {
                return 0;
            }
            if (size >= body * HEADING_RATIO) {
                return levels.getOrDefault(size, 1);
            }
            boolean boldHeading = line.bold() && !bodyBold && Math.abs(size - body) <= 0.5
                    && !line.text().endsWith(".") && line.text().length() <= 80;
            return boldHeading ? levels.getOrDefault(body, 6) : 0;
        }

        private boolean continuesHeading(Line previous, Line next) {
            return headingLevel(next) == headingLevel(previous)
                    && roundSize(next.fontSize()) == roundSize(previous.fontSize())
                    && gap(previous, next) < 0.5 * next.fontSize();
        }

        private boolean continuesParagraph(Line previous, Line next) {
            return headingLevel(next) == 0
                    && !LIST_START.matcher(next.text()).matches()
                    && Math.abs(roundSize(next.fontSize()) - roundSize(previous.fontSize())) <= 0.5
                    && gap(previous, next) < 0.8 * next.fontSize()
                    && cellCount(next) == 1;
        }

        /** The end (exclusive) of a table starting at {@code start}: consecutive lines of 2+ cells. */
        private int tableEnd(List<Line> lines, int start) {
            int end = start;
            // A bullet set apart from its text is a list item, not a two-cell row.
            while (end < lines.size() && cellCount(lines.get(end)) >= 2 && !LIST_START.matcher(lines.get(end).text()).matches()
                    && (end == start || gap(lines.get(end - 1), lines.get(end)) < 2.5 * lines.get(end).fontSize())) {
                end++;
            }
            return end;
        }

        private int cellCount(Line line) {
            return line.cells(CELL_GAP_EM * line.fontSize()).size();
        }

        private Item table(List<Line> rows) {
            // Columns are anchored on the row with most cells; other rows' cells go to the column they overlap most.
            List<List<Line>> cells = rows.stream().map(r -> r.cells(CELL_GAP_EM * r.fontSize())).toList();
            List<Line> anchors = cells.stream().max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
            List<List<String>> table = new ArrayList<>();
            for (List<Line> row : cells) {
                String[] values = new String[anchors.size()];
                for (Line cell : row) {
                    int column = column(anchors, cell.box());
                    values[column] = values[column] == null ? cell.text() : values[column] + " " + cell.text();
                }
                List<String> out = new ArrayList<>();
                for (String v : values) {
                    out.add(v == null ? "" : v);
                }
                table.add(out);
            }
            return new Item.Table(table, Optional.of(union(rows)));
        }

        private static int column(List<Line> anchors, Box cell) {
            int best = 0;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < anchors.size(); c++) {
                Box a = anchors.get(c).box();
                double overlap = Math.min(a.right(), cell.right()) - Math.max(a.x(), cell.x());
                double score = overlap > 0 ? overlap : -Math.abs(a.x() - cell.x());
                if (score > bestScore) {
                    bestScore = score;
                    best = c;
                }
            }
            return best;
        }

        private Item heading(List<Line> lines) {
            return new Item.Heading(headingLevel(lines.get(0)), joinLines(lines), Optional.of(union(lines)));
        }

        private Item paragraph(List<Line> lines) {
            return new Item.Paragraph(joinLines(lines), Optional.of(union(lines)));
        }

        /** A list: items start with a marker; lines indented past the marker continue the item. */
        private int list(List<Line> lines, int start, List<Item> items) {
            Matcher first = LIST_START.matcher(lines.get(start).text());
            first.matches();
            boolean ordered = first.group(2) != null;
            List<String> entries = new ArrayList<>();
            List<Line> used = new ArrayList<>();
            int i = start;
            double markerX = lines.get(start).box().x();
            while (i < lines.size()) {
                Line line = lines.get(i);
                Matcher m = LIST_START.matcher(line.text());
                boolean startsItem = m.matches() && (m.group(2) != null) == ordered
                        && Math.abs(line.box().x() - markerX) < body && (i == start || gap(lines.get(i - 1), line) < 1.5 * body);
                boolean continues = !startsItem && i > start && !entries.isEmpty() && line.box().x() > markerX + 0.5 * body
                        && gap(lines.get(i - 1), line) < 0.8 * line.fontSize() && headingLevel(line) == 0;
                if (startsItem) {
                    entries.add(m.group(3).strip());
                } else if (continues) {
                    entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.text());
                } else {
                    break;
                }
                used.add(line);
                i++;
            }
            items.add(new Item.ListBlock(ordered, entries, Optional.of(union(used))));
            return i;
        }

        private static double gap(Line previous, Line next) {
            return next.box().y() - previous.box().bottom();
        }

        private static Box union(List<Line> lines) {
            Box box = lines.get(0).box();
            for (Line l : lines) {
                box = box.union(l.box());
            }
            return box.rounded();
        }

        /** Lines of one block joined by spaces; a word hyphenated at a line end is joined back. */
        private static String joinLines(List<Line> lines) {
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                String t = line.text();
                int n = text.length();
                if (n > 1 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                        && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                    text.setLength(n - 1);
                } else if (n > 0) {
                    text.append(' ');
                }
                text.append(t);
            }
            return text.toString();
        }
    }
}
