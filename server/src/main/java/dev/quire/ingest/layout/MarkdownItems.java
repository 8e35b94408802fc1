package dev.quire.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items from Markdown (what Tika renders Office and HTML documents as, and Markdown files are):
 * ATX headings, lists, pipe tables and paragraphs. Fenced code stays one paragraph.
 */
public final class MarkdownItems {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern LIST = Pattern.compile("^\\s{0,3}([-*+]|(\\d{1,9})[.)])\\s+(.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");

    private MarkdownItems() {}

    public static List<Item> of(String markdown) {
        List<Item> items = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (line.strip().startsWith("```")) {
                int end = i + 1;
                while (end < lines.length && !lines[end].strip().startsWith("```")) {
                    end++;
                }
                end = Math.min(end + 1, lines.length);
                items.add(new Item.Paragraph(String.join("\n", List.of(lines).subList(i, end)), Optional.empty()));
                i = end;
            } else if (heading.matches()) {
                items.add(new Item.Heading(heading.group(1).length(), heading.group(2), Optional.empty()));
                i++;
            } else if (line.strip().startsWith("|")) {
                List<List<String>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    if (!SEPARATOR.matcher(lines[i]).matches()) {
                        rows.add(cells(lines[i]));
                    }
                    i++;
                }
                if (!rows.isEmpty()) {
                    items.add(new Item.Table(rows, Optional.empty()));
                }
            } else if (LIST.matcher(line).matches()) {
                boolean ordered = LIST.matcher(line).replaceFirst("$2").length() > 0;
                List<String> entries = new ArrayList<>();
                while (i < lines.length && !lines[i].isBlank()) {
                    Matcher m = LIST.matcher(lines[i]);
                    if (m.matches()) {
                        entries.add(m.group(3).strip());
                    } else if (!entries.isEmpty()) {
                        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + lines[i].strip());
                    }
                    i++;
                }
                items.add(new Item.ListBlock(ordered, entries, Optional.empty()));
            } else {
                int end = i;
                StringBuilder text = new StringBuilder();
                while (end < lines.length && !lines[end].isBlank() && !HEADING.matcher(lines[end]).matches()
                        && !lines[end].strip().startsWith("|") && (end == i || !LIST.matcher(lines[end]).matches())) {
                    text.append(end == i ? "" : "\n").append(lines[end]);
                    end++;
                }
                items.add(new Item.Paragraph(text.toString(), Optional.empty()));
                i = end;
            }
        }
        return items;
    }

    private static List<String> cells(String row) {
        String r = row.strip();
        if (r.startsWith("|")) {
            r = r.substring(1);
        }
        if (r.endsWith("|") && !r.endsWith("\\|")) {
            r = r.substring(0, r.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String cell : r.split("(?<!\\\\)\\|", -1)) {
            cells.add(cell.strip().replace("\\|", "|"));
        }
        return cells;
    }
}
