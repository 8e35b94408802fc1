package dev.quire.ingest;

import java.util.concurrent.ExecutorService;

/**
 * The standard parser ({@link StructuredParser}: by type, structure kept as Markdown), under a time limit.
 *
 * <pre>{@code
 * ExecutorService parseWorkers = Executors.newFixedThreadPool(2);
 * Parser parser = Parsers.standard(parseWorkers);
 * ParsedDocument doc = parser.parse("notes.docx", null, in, ParseLimits.DEFAULT);
 * }</pre>
 */
public final class Parsers {
    private Parsers() {
    }

    public static Parser standard(ExecutorService workers) {
        // The parse API's parser: indexes see the same Markdown, page by page, as /api/v2/parse returns.
        return new TimeLimitedParser(StructuredParser.standard().asParser(), workers);
    }
}
