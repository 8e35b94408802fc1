package dev.quire.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Words on one line, left to right. */
public record Line(List<Word> words) {
    public Line {
        words = words.stream().sorted(Comparator.comparingDouble(w -> w.box().x())).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
    }

    public Box box() {
        Box box = words.get(0).box();
        for (Word w : words) {
            box = box.union(w.box());
        }
        return box;
    }

    public String text() {
        return String.join(" ", words.stream().map(Word::text).toList());
    }

    /** The median font size of the line's words, so one odd glyph does not make a heading. */
    public double fontSize() {
        double[] sizes = words.stream().mapToDouble(Word::fontSize).sorted().toArray();
        return sizes[sizes.length / 2];
    }

    public boolean bold() {
        return words.stream().allMatch(Word::bold);
    }

    /**
     * The line cut where words stand further apart than {@code gap} points: the cells of a table row
     * (a line of prose has one).
     */
    public List<Line> cells(double gap) {
        List<Line> cells = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        for (Word w : words) {
            if (!current.isEmpty() && w.box().x() - current.get(current.size() - 1).box().right() > gap) {
                cells.add(new Line(current));
                current = new ArrayList<>();
            }
            current.add(w);
        }
        cells.add(new Line(current));
        return cells;
    }

    /** Words grouped into lines by their vertical centre (PDFBox words come with no line of their own). */
    public static List<Line> group(List<Word> words) {
        List<Word> sorted = words.stream()
                .sorted(Comparator.comparingDouble((Word w) -> w.box().y() + w.box().h() / 2)
                        .thenComparingDouble(w -> w.box().x()))
                .toList();
        List<Line> lines = new ArrayList<>();
        List<Word> current = new ArrayList<>();
        double centre = 0;
        for (Word w : sorted) {
            double c = w.box().y() + w.box().h() / 2;
            if (!current.isEmpty() && Math.abs(c - centre) > Math.max(1, 0.4 * Math.min(w.box().h(), current.get(0).box().h()))) {
                lines.add(new Line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                centre = c;
            }
            current.add(w);
        }
        if (!current.isEmpty()) {
            lines.add(new Line(current));
        }
        return lines;
    }
}
