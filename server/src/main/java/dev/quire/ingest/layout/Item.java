package dev.quire.ingest.layout;

import java.util.List;
import java.util.Optional;

/**
 * One block of a page: what the parse API lists under {@code items} and what the page's Markdown is
 * made of. {@code box} is empty for formats without geometry (Office, HTML, Markdown).
 */
public sealed interface Item {
    Optional<Box> box();

    /** The block as Markdown. */
    String md();

    /** The block as plain text (no Markdown syntax). */
    String text();

    record Heading(int level, String value, Optional<Box> box) implements Item {
        public Heading {
            if (level < 1 || level > 6) {
                throw new IllegalArgumentException("heading level must be 1..6: " + level);
            }
        }

        @Override
        public String md() {
            return "#".repeat(level) + " " + value;
        }

        @Override
        public String text() {
            return value;
        }
    }

    record Paragraph(String value, Optional<Box> box) implements Item {
        @Override
        public String md() {
            return value;
        }

        @Override
        public String text() {
            return value;
        }
    }

    record ListBlock(boolean ordered, List<String> entries, Optional<Box> box) implements Item {
        public ListBlock {
            entries = List.copyOf(entries);
        }

        @Override
        public String md() {
            StringBuilder md = new StringBuilder();
            for (int i = 0; i < entries.size(); i++) {
                md.append(i == 0 ? "" : "\n").append(ordered ? (i + 1) + ". " : "- ").append(entries.get(i));
            }
            return md.toString();
        }

        @Override
        public String text() {
            return String.join("\n", entries);
        }
    }

    /** A table; the first row is the header row in Markdown. */
    record Table(List<List<String>> rows, Optional<Box> box) implements Item {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
            if (rows.isEmpty()) {
                throw new IllegalArgumentException("a table has at least one row");
            }
        }

        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }

        @Override
        public String md() {
            int columns = columns();
            StringBuilder md = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                md.append(r == 0 ? "|" : "\n|");
                for (int c = 0; c < columns; c++) {
                    md.append(' ').append(cell(r, c).replace("|", "\\|")).append(" |");
                }
                if (r == 0) {
                    md.append("\n|").append(" --- |".repeat(columns));
                }
            }
            return md.toString();
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder();
            for (int r = 0; r < rows.size(); r++) {
                text.append(r == 0 ? "" : "\n").append(String.join("\t", rows.get(r)));
            }
            return text.toString();
        }

        public String cell(int row, int column) {
            List<String> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : "";
        }

        public String csv() {
            StringBuilder csv = new StringBuilder();
            for (List<String> row : rows) {
                for (int c = 0; c < columns(); c++) {
                    String v = c < row.size() ? row.get(c) : "";
                    csv.append(c == 0 ? "" : ",").append(v.matches(".*[\",\\n].*")
                            ? '"' + v.replace("\"", "\"\"") + '"' : v);
                }
                csv.append('\n');
            }
            return csv.toString();
        }

        public String html() {
            StringBuilder html = new StringBuilder("<table>");
            for (int r = 0; r < rows.size(); r++) {
                html.append("<tr>");
                String tag = r == 0 ? "th" : "td";
                for (int c = 0; c < columns(); c++) {
                    html.append('<').append(tag).append('>').append(escape(cell(r, c))).append("</").append(tag).append('>');
                }
                html.append("</tr>");
            }
            return html.append("</table>").toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
    }
}
