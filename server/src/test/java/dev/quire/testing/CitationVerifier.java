package dev.quire.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the citations of one chat turn against what its tool calls returned in that same turn.
 *
 * <ul>
 *   <li>Every {@code [n]} in the answer refers to a chunk a tool returned in the turn: with a
 *       "Sources:" list, to the list's entry n, whose file name must be that of a returned chunk and
 *       whose pages must lie inside that chunk's page range; without a list, to the n-th returned
 *       chunk.</li>
 *   <li>With {@code quotes} (the extractive backend), every sentence followed by {@code [n]} occurs
 *       verbatim (whitespace aside; a trailing "..." marks a quoted prefix) in a returned chunk of the
 *       cited file whose page range contains the cited pages.</li>
 *   <li>Every entry of the sources list is cited in the answer.</li>
 * </ul>
 *
 * <pre>{@code
 * CitationVerifier.Report report = CitationVerifier.check(events, true);
 * assertThat(report.problems()).isEmpty();
 * }</pre>
 */
public final class CitationVerifier {
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    private static final Pattern SOURCE = Pattern.compile("^\\[(\\d+)] (.+), pp?\\. (\\d+)(?:-(\\d+))?$");
    /** A quoted sentence and its citation: the text up to " [n]", after the previous citation. */
    private static final Pattern QUOTE = Pattern.compile("\\s*(.+?) \\[(\\d+)]");
    private static final String SOURCES = "\n\nSources:";

    private CitationVerifier() {}

    /** A chunk a tool returned. */
    record Chunk(String fileName, int pageStart, int pageEnd, String content) {}

    /** A cited file and pages from the sources list. */
    record Source(String fileName, int pageStart, int pageEnd) {
        boolean within(Chunk c) {
            return c.fileName().equals(fileName) && c.pageStart() <= pageStart && pageEnd <= c.pageEnd();
        }
    }

    /** Citations checked, how many hold, and what is wrong with the others. */
    public record Report(int citations, int valid, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** Checks a streamed turn and fails with every problem found. */
    public static Report verify(SseClient.Stream turn, boolean quotes) {
        Report report = check(turn.events().stream().map(SseClient.Event::data).toList(), quotes);
        if (!report.ok()) {
            throw new AssertionError("citations do not hold: " + report.problems());
        }
        return report;
    }

    /** @param events the turn's events (their data: {"type": ..., ...}), in order */
    public static Report check(List<JsonNode> events, boolean quotes) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder answer = new StringBuilder();
        for (JsonNode e : events) {
            String type = e.path("type").asText();
            if (type.equals("tool_result")) {
                for (JsonNode r : e.at("/result/results")) {
                    chunks.add(new Chunk(r.path("file_name").asText(), r.at("/static_fields/page_range_start").asInt(),
                            r.at("/static_fields/page_range_end").asInt(), r.path("content").asText()));
                }
            } else if (type.equals("text")) {
                answer.append(e.path("content").asText());
            }
        }
        String text = answer.toString();
        int split = text.indexOf(SOURCES);
        String body = split < 0 ? text : text.substring(0, split);
        List<String> problems = new ArrayList<>();
        Map<Integer, Source> sources = new LinkedHashMap<>();
        if (split >= 0) {
            for (String line : text.substring(split + SOURCES.length()).strip().split("\n")) {
                Matcher m = SOURCE.matcher(line.strip());
                if (!m.matches()) {
                    problems.add("unreadable source line: " + line);
                    continue;
                }
                int from = Integer.parseInt(m.group(3));
                sources.put(Integer.parseInt(m.group(1)), new Source(m.group(2), from,
                        m.group(4) == null ? from : Integer.parseInt(m.group(4))));
            }
        }
        int citations = 0;
        int valid = 0;
        Matcher cited = CITATION.matcher(body);
        List<Integer> used = new ArrayList<>();
        while (cited.find()) {
            citations++;
            int n = Integer.parseInt(cited.group(1));
            used.add(n);
            String problem = resolve(n, sources, split >= 0, chunks);
            if (problem == null) {
                valid++;
            } else {
                problems.add(problem);
            }
        }
        sources.keySet().stream().filter(n -> !used.contains(n)).forEach(n -> problems.add("source [" + n + "] is never cited"));
        if (quotes) {
            Matcher q = QUOTE.matcher(body);
            while (q.find()) {
                Source source = sources.get(Integer.parseInt(q.group(2)));
                String quote = normalise(q.group(1));
                boolean prefix = quote.endsWith("...");
                String needle = prefix ? quote.substring(0, quote.length() - 3).strip() : quote;
                if (source != null && chunks.stream().noneMatch(c -> source.within(c) && normalise(c.content()).contains(needle))) {
                    problems.add("quote not found verbatim in a returned chunk of " + source + ": " + quote);
                }
            }
        }
        return new Report(citations, valid, List.copyOf(problems));
    }

    /** null when [n] refers to a returned chunk, else what is wrong. */
    private static String resolve(int n, Map<Integer, Source> sources, boolean listed, List<Chunk> chunks) {
        if (!listed) {
            return n >= 1 && n <= chunks.size() ? null : "[" + n + "] but the turn's tools returned " + chunks.size() + " chunks";
        }
        Source source = sources.get(n);
        if (source == null) {
            return "[" + n + "] is not in the sources list";
        }
        return chunks.stream().anyMatch(source::within) ? null
                : "[" + n + "] cites " + source + ", which no tool returned in this turn";
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
