package dev.quire.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A known-item collection built from the project's own markdown: every section (text between two
 * headings of any level, outside code fences) is a document without its heading line; the heading
 * text is the query for its own section. Only sections with a body of at least {@link #MIN_BODY}
 * characters are queried, and headings that occur more than once (e.g. "Usage") are left out as
 * ambiguous. Section numbers ("6.2") and backticks are stripped from queries: they are not words a
 * user would search for, and the numbers never occur in the body.
 */
final class MarkdownSections {
    static final int MIN_BODY = 200;
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(\\d+(\\.\\d+)*\\.?)\\s+");

    private record Section(String heading, String body) {}

    private MarkdownSections() {}

    /** The repository's *.md files (outside build output, dependencies and .git) plus the given extra files. */
    static List<Path> sources(Path repo, List<Path> extra) {
        List<Path> files = new ArrayList<>(extra.stream().filter(Files::isRegularFile).toList());
        try (Stream<Path> walk = Files.walk(repo)) {
            walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .filter(p -> !p.toString().matches(".*/(target|node_modules|\\.git)/.*"))
                    .sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static Corpus corpus(List<Path> files) {
        List<Section> sections = new ArrayList<>();
        for (Path f : files) {
            sections.addAll(split(read(f)));
        }
        Map<String, Integer> headingCounts = new HashMap<>();
        sections.forEach(s -> headingCounts.merge(query(s.heading()), 1, Integer::sum));
        List<Corpus.Document> docs = new ArrayList<>();
        Map<String, String> queries = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
        for (Section s : sections) {
            if (s.body().isBlank()) {
                continue;
            }
            String id = String.format("sec%04d", docs.size() + 1);
            docs.add(new Corpus.Document(id, s.body()));
            String q = query(s.heading());
            if (s.body().length() >= MIN_BODY && headingCounts.get(q) == 1 && !q.isBlank()) {
                queries.put("q-" + id, q);
                qrels.put("q-" + id, Map.of(id, 1));
            }
        }
        return new Corpus("Markdown sections", ".md", docs, queries, qrels);
    }

    static String query(String heading) {
        return SECTION_NUMBER.matcher(heading.replace("`", "").trim()).replaceFirst("").trim();
    }

    private static List<Section> split(String markdown) {
        List<Section> sections = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.trim().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = fenced ? null : HEADING.matcher(line);
            if (m != null && m.matches()) {
                if (heading != null) {
                    sections.add(new Section(heading, body.toString().strip()));
                }
                heading = m.group(2);
                body.setLength(0);
            } else if (heading != null) {
                body.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.add(new Section(heading, body.toString().strip()));
        }
        return sections;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
