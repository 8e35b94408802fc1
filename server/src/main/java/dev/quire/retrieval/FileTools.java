package dev.quire.retrieval;

import dev.quire.paging.PagePosition;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.quire.errors.ApiException;
import dev.quire.errors.FieldError;
import dev.quire.errors.ValidationException;
import dev.quire.http.Page;
import dev.quire.http.PageToken;
import dev.quire.indexes.Index;
import dev.quire.indexes.IndexFileStore;
import dev.quire.indexes.IndexService;
import dev.quire.indexes.IndexedFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * find, grep and read over an index's parsed files (contract §8.2-8.4). Offsets are code points
 * into the parsed text. Patterns run on RE2/J, whose matching time is linear in the text; as the
 * factor is the compiled program's size, oversized patterns are refused before they run and a scan
 * stops (422) when it passes its time limit.
 */
public final class FileTools {
    static final int MAX_PATTERN_LENGTH = 1_000;
    /** RE2 refuses a single repetition count above 1000; nested counts may not multiply past it either. */
    static final long MAX_NESTED_REPEAT = 1_000;
    /** Roughly the compiled program's size; scan time grows with it times the text length. */
    static final long MAX_PROGRAM_SIZE = 10_000;
    /** One grep scan's time budget: a pattern that needs longer on this file is refused (422). */
    static final Duration SCAN_TIME_LIMIT = Duration.ofSeconds(5);

    private final IndexService indexes;
    private final IndexFileStore files;

    public FileTools(IndexService indexes, IndexFileStore files) {
        this.indexes = indexes;
        this.files = files;
    }

    /** One file found by name. */
    public record FoundFile(String fileId, String fileName) {}

    /** One grep match: the match plus context, and the match's own offsets (end exclusive). */
    public record GrepMatch(String content, int startChar, int endChar) {}

    /** The body of read. */
    public record ReadResult(String content) {}

    public Page<FoundFile> find(String projectId, String indexId, Optional<String> exactName,
                                Optional<String> nameContains, int pageSize, Optional<String> pageToken) {
        Index index = indexes.live(projectId, indexId);
        List<String> filters = List.of("find", exactName.orElse(""), nameContains.orElse(""));
        Optional<PagePosition> after = pageToken.map(t -> PageToken.decode(t, filters));
        String needle = nameContains.map(n -> n.toLowerCase(Locale.ROOT)).orElse(null);
        List<IndexedFile> matching = files.files(index.id()).stream()
                .filter(f -> IndexedFile.INDEXED.equals(f.state()))
                .filter(f -> exactName.map(f.displayName()::equals).orElse(true))
                .filter(f -> needle == null || f.displayName().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(Comparator.comparing(IndexedFile::displayName).thenComparing(IndexedFile::parsedFileId))
                .filter(f -> after.map(p -> isAfter(f, p)).orElse(true))
                .toList();
        List<IndexedFile> page = matching.subList(0, Math.min(pageSize, matching.size()));
        String next = matching.size() > pageSize
                ? PageToken.encode(filters, page.get(page.size() - 1).displayName(), page.get(page.size() - 1).parsedFileId())
                : null;
        return new Page<>(page.stream().map(f -> new FoundFile(f.parsedFileId(), f.displayName())).toList(), next, null);
    }

    private static boolean isAfter(IndexedFile f, PagePosition p) {
        int byName = f.displayName().compareTo(p.sortKey());
        return byName > 0 || (byName == 0 && f.parsedFileId().compareTo(p.id()) > 0);
    }

    /**
     * Regex matches in one parsed file. The scan stops with a 422 once it has run for
     * {@link #SCAN_TIME_LIMIT}: HTTP/1.1 gives no reliable signal that a client left while its
     * request is being worked on, so time is the bound that always holds.
     */
    public Page<GrepMatch> grep(String projectId, String indexId, String fileId, String pattern, int contextChars,
                                int pageSize, Optional<String> pageToken) {
        Pattern compiled = compile(pattern);
        String text = text(projectId, indexId, fileId);
        List<String> filters = List.of("grep", fileId, pattern, Integer.toString(contextChars));
        int from = pageToken.map(t -> PageToken.decode(t, filters).offset()).orElse(0);
        try {
            return scan(compiled, text, from, contextChars, pageSize, filters);
        } catch (TimeLimitedText.Expired e) {
            throw ValidationException.of(FieldError.body("value_error", "pattern is too expensive for this file: "
                    + "the scan ran past its time limit of " + SCAN_TIME_LIMIT.toSeconds() + " s; use a simpler pattern",
                    pattern, "pattern"));
        }
    }

    private Page<GrepMatch> scan(Pattern compiled, String text, int from, int contextChars, int pageSize,
                                 List<String> filters) {
        Matcher m = compiled.matcher(new TimeLimitedText(text, System.nanoTime() + SCAN_TIME_LIMIT.toNanos()));
        List<GrepMatch> matches = new ArrayList<>();
        CodePointCounter codePoints = new CodePointCounter(text);
        int position = Math.min(from, text.length());
        String next = null;
        while (position <= text.length() && m.find(position)) {
            if (matches.size() == pageSize) {
                next = PageToken.encode(filters, Integer.toString(m.start()), "");
                break;
            }
            matches.add(match(text, m.start(), m.end(), contextChars, codePoints));
            // An empty match must still move on, or it would be found forever.
            position = m.end() > m.start() ? m.end() : m.end() + 1;
        }
        return new Page<>(matches, next, null);
    }

    /** Code point offsets of increasing char indexes, counted incrementally so a scan stays linear. */
    private static final class CodePointCounter {
        private final String text;
        private int charIndex;
        private int codePoints;

        CodePointCounter(String text) {
            this.text = text;
        }

        int at(int index) {
            if (index < charIndex) {
                charIndex = 0;
                codePoints = 0;
            }
            codePoints += text.codePointCount(charIndex, index);
            charIndex = index;
            return codePoints;
        }
    }

    private static GrepMatch match(String text, int start, int end, int context, CodePointCounter codePoints) {
        int from = Math.max(0, start - context);
        int to = Math.min(text.length(), end + context);
        // Never cut a surrogate pair in half at the context edges.
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return new GrepMatch(text.substring(from, to), codePoints.at(start), codePoints.at(end));
    }

    public ReadResult read(String projectId, String indexId, String fileId, int offset, Optional<Integer> maxLength) {
        String text = text(projectId, indexId, fileId);
        int codePoints = text.codePointCount(0, text.length());
        if (offset >= codePoints) {
            return new ReadResult("");
        }
        int start = text.offsetByCodePoints(0, offset);
        int length = maxLength.map(l -> Math.min(l, codePoints - offset)).orElse(codePoints - offset);
        return new ReadResult(text.substring(start, text.offsetByCodePoints(start, length)));
    }

    private String text(String projectId, String indexId, String fileId) {
        Index index = indexes.live(projectId, indexId);
        return files.parsedText(index.id(), fileId)
                .orElseThrow(() -> new ApiException.NotFound("File not found in index: " + fileId))
                .content();
    }

    private static Pattern compile(String pattern) {
        if (pattern.isEmpty() || pattern.length() > MAX_PATTERN_LENGTH) {
            throw ValidationException.of(FieldError.body("value_error",
                    "pattern must have 1 to " + MAX_PATTERN_LENGTH + " characters", pattern.length(), "pattern"));
        }
        RegexCost cost = RegexCost.of(pattern);
        if (cost.nestedRepeat() > MAX_NESTED_REPEAT || cost.size() > MAX_PROGRAM_SIZE) {
            throw ValidationException.of(FieldError.body("value_error", "pattern is too large: nested counted "
                    + "repetitions may multiply to at most " + MAX_NESTED_REPEAT + " and the whole pattern to about "
                    + MAX_PROGRAM_SIZE + " instructions", pattern, "pattern"));
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw ValidationException.of(FieldError.body("value_error", "invalid regular expression: "
                    + e.getDescription(), pattern, "pattern"));
        }
    }
}
