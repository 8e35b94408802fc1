package dev.quire.ingest;

import java.util.concurrent.ExecutorService;

/**
 * The standard parser: by type, with the shared checks, under a time limit.
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
        return new TimeLimitedParser(
                new CompositeParser(new PdfBoxParser(), new PlainTextParser(), new TikaParser()), workers);
    }
}
