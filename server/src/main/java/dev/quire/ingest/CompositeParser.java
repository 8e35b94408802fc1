package dev.quire.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

/**
 * Picks a parser by extension or media type (PDF to PDFBox, plain text and Markdown read
 * directly, the rest to Tika) and applies the checks every format shares: an empty file, or one
 * with no text at all, is a {@link ParseException} rather than an empty document.
 */
public final class CompositeParser implements Parser {
    private static final Set<String> PLAIN_EXTENSIONS = Set.of(".txt", ".text", ".md", ".markdown");
    private static final Set<String> PLAIN_TYPES = Set.of("text/plain", "text/markdown", "text/x-markdown");

    private final Parser pdf;
    private final Parser plainText;
    private final Parser other;

    public CompositeParser(Parser pdf, Parser plainText, Parser other) {
        this.pdf = pdf;
        this.plainText = plainText;
        this.other = other;
    }

    @Override
    public ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits) {
        InputStream buffered = new BufferedInputStream(in);
        if (isEmpty(buffered)) {
            throw new ParseException("empty file");
        }
        ParsedDocument document = choose(fileName, mediaTypeOrNull).parse(fileName, mediaTypeOrNull, buffered, limits);
        if (document.isBlank()) {
            throw new ParseException("no text found in file");
        }
        return document;
    }

    private Parser choose(String fileName, String mediaType) {
        String ext = FileNames.extension(fileName);
        String type = baseType(mediaType);
        if (ext.equals(".pdf") || type.equals("application/pdf")) {
            return pdf;
        }
        if (PLAIN_EXTENSIONS.contains(ext) || (ext.isEmpty() && PLAIN_TYPES.contains(type))) {
            return plainText;
        }
        return other;
    }

    private static String baseType(String mediaType) {
        if (mediaType == null) {
            return "";
        }
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isEmpty(InputStream in) {
        try {
            in.mark(1);
            boolean empty = in.read() == -1;
            in.reset();
            return empty;
        } catch (IOException e) {
            throw new ParseException("could not read file: " + e.getMessage(), e);
        }
    }
}
