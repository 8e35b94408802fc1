package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Plain text and Markdown, read as UTF-8 (invalid bytes become U+FFFD) and kept as written:
 * Markdown is already the form the rest of the pipeline wants.
 */
public final class PlainTextParser implements Parser {

    @Override
    public ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits) {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        boolean truncated = false;
        try {
            for (int n; (n = reader.read(buffer)) != -1; ) {
                Interruption.check();
                if (text.length() + n > limits.maxChars()) {
                    text.append(buffer, 0, limits.maxChars() - text.length());
                    truncated = true;
                    break;
                }
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new ParseException("could not read file: " + e.getMessage(), e);
        }
        String body = MarkdownText.cut(MarkdownText.tidy(stripBom(text)), limits.maxChars());
        return ParsedDocument.singlePage(body, markdownTitle(body), truncated);
    }

    private static String stripBom(StringBuilder text) {
        return text.length() > 0 && text.charAt(0) == '\uFEFF' ? text.substring(1) : text.toString();
    }

    /** A leading "# Heading" is the title; plain text has none. */
    private static Optional<String> markdownTitle(String text) {
        if (!text.startsWith("# ")) {
            return Optional.empty();
        }
        int eol = text.indexOf('\n');
        String title = (eol < 0 ? text.substring(2) : text.substring(2, eol)).strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(title);
    }
}
