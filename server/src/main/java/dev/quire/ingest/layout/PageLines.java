package dev.quire.ingest.layout;

import java.util.List;
import java.util.Optional;

/** The lines of one page before analysis, or why the page could not be read. */
public record PageLines(int number, double width, double height, List<Line> lines, Optional<String> error) {
    public PageLines {
        lines = List.copyOf(lines);
    }
}
