package dev.quire.ingest;

import dev.quire.ingest.layout.LayoutAnalyzer;
import dev.quire.ingest.layout.LayoutPage;
import dev.quire.ingest.layout.MarkdownItems;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one parse both the parse API and indexes use: PDF through PDFBox words and the layout rules
 * (image-only pages through Tesseract), image files through Tesseract, plain text and Markdown as
 * written, everything else through Tika's Markdown. Empty files and files without any text fail
 * with a {@link ParseException}; so does a document whose pages all failed, with the first reason.
 *
 * <pre>{@code
 * StructuredParser parser = StructuredParser.standard();
 * StructuredDocument doc = parser.parse("scan.pdf", null, in, ParseOptions.of(ParseLimits.DEFAULT));
 * }</pre>
 */
public final class StructuredParser {
    private static final Set<String> PLAIN_EXTENSIONS = Set.of(".txt", ".text", ".md", ".markdown");
    private static final Set<String> PLAIN_TYPES = Set.of("text/plain", "text/markdown", "text/x-markdown");
    private static final Set<String> IMAGE_EXTENSIONS =
            Set.of(".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp");

    private final PdfLayoutParser pdf;
    private final ImageOcrParser images;
    private final Parser plainText;
    private final Parser other;

    public StructuredParser(Tesseract ocr, Parser plainText, Parser other) {
        LayoutAnalyzer analyzer = new LayoutAnalyzer();
        this.pdf = new PdfLayoutParser(ocr, analyzer);
        this.images = new ImageOcrParser(ocr, analyzer);
        this.plainText = plainText;
        this.other = other;
    }

    public static StructuredParser standard() {
        return standard(Tesseract.onPath());
    }

    public static StructuredParser standard(Tesseract ocr) {
        return new StructuredParser(ocr, new PlainTextParser(), new TikaParser());
    }

    public StructuredDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseOptions options) {
        InputStream buffered = new BufferedInputStream(in);
        if (isEmpty(buffered)) {
            throw new ParseException("empty file");
        }
        String ext = FileNames.extension(fileName);
        String type = baseType(mediaTypeOrNull);
        StructuredDocument document;
        if (ext.equals(".pdf") || type.equals("application/pdf")) {
            document = pdf.parse(buffered, options);
        } else if (IMAGE_EXTENSIONS.contains(ext) || (ext.isEmpty() && type.startsWith("image/"))) {
            document = images.parse(buffered, ext, options);
        } else if (PLAIN_EXTENSIONS.contains(ext) || (ext.isEmpty() && PLAIN_TYPES.contains(type))) {
            document = fromMarkdown(plainText.parse(fileName, mediaTypeOrNull, buffered, options.limits()));
        } else {
            document = fromMarkdown(other.parse(fileName, mediaTypeOrNull, buffered, options.limits()));
        }
        if (document.document().isBlank()) {
            Optional<String> pageError = document.pages().stream().flatMap(p -> p.error().stream()).findFirst();
            throw new ParseException(pageError.map(e -> "no text found in file: " + e).orElse("no text found in file"));
        }
        return document;
    }

    /** This parser as a plain {@link Parser}, for the index pipeline. */
    public Parser asParser() {
        return (fileName, mediaType, in, limits) -> parse(fileName, mediaType, in, ParseOptions.of(limits)).document();
    }

    /** Documents without pages: one page whose items come from the Markdown. */
    static StructuredDocument fromMarkdown(ParsedDocument doc) {
        List<LayoutPage> pages = new ArrayList<>();
        for (Page page : doc.pages()) {
            pages.add(new LayoutPage(page.number(), 0, 0, MarkdownItems.of(doc.pageText(page.number())),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        return new StructuredDocument(doc, pages);
    }

    /** Page texts from laid-out pages: each page's Markdown, cut where the char limit falls. */
    static StructuredDocument fromLayout(List<LayoutPage> pages, Optional<String> title, boolean truncated,
                                         ParseLimits limits) {
        List<String> texts = new ArrayList<>();
        List<LayoutPage> kept = new ArrayList<>();
        long chars = 0;
        for (LayoutPage page : pages) {
            String md = page.markdown();
            if (chars + md.length() > limits.maxChars()) {
                truncated = true;
                if (chars < limits.maxChars()) {
                    texts.add(MarkdownText.cut(md, (int) (limits.maxChars() - chars)));
                    kept.add(page);
                }
                break;
            }
            chars += md.length() + 2;
            texts.add(md);
            kept.add(page);
        }
        Optional<String> t = title.or(() -> kept.stream().flatMap(p -> p.items().stream())
                .filter(i -> i instanceof dev.quire.ingest.layout.Item.Heading h && h.level() == 1)
                .map(dev.quire.ingest.layout.Item::text).findFirst());
        return new StructuredDocument(ParsedDocument.ofPages(texts, t, truncated), kept);
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
