package dev.quire.ingest;

import java.io.InputStream;

/**
 * Extracts text from one document.
 *
 * <pre>{@code
 * Parser parser = Parsers.standard(executor);
 * ParsedDocument doc = parser.parse("report.pdf", null, in, ParseLimits.DEFAULT);
 * }</pre>
 *
 * <p>{@code fileName} is only a hint for type detection and is never opened as a path.
 * Implementations close nothing: the caller owns {@code in}.
 *
 * @throws ParseException when the document is corrupt, encrypted, empty or of an unsupported type
 */
public interface Parser {
    ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits);
}
