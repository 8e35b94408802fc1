package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Optional;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToMarkdownContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Office documents, HTML, CSV, RTF, OpenDocument, EPUB and the rest of Tika's standard parsers,
 * rendered as Markdown (headings, lists, tables) so chunks keep their structure.
 * The result has a single page: Tika's page structure is format-specific and unreliable.
 */
public final class TikaParser implements Parser {
    private final AutoDetectParser tika;

    public TikaParser() {
        this.tika = new AutoDetectParser();
        // Zip bombs and entity expansion: bound depth, compression ratio and output per input byte.
        AutoDetectParserConfig config = new AutoDetectParserConfig(
                null, // spoolToDisk: Tika's default
                10_000_000L, // outputThreshold: chars before the compression ratio is enforced
                100L, // maximumCompressionRatio
                100, // maximumDepth of XML nesting
                10); // maximumPackageEntryDepth of archives in archives
        tika.setAutoDetectParserConfig(config);
    }

    @Override
    public ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        if (mediaTypeOrNull != null && !mediaTypeOrNull.isBlank()) {
            metadata.set(Metadata.CONTENT_TYPE, mediaTypeOrNull);
        }
        try (TemporaryResources tmp = new TemporaryResources();
             TikaInputStream tis = TikaInputStream.get(in, tmp, metadata)) {
            checkSupported(tis, metadata, fileName, mediaTypeOrNull);
            return extract(tis, metadata, limits);
        } catch (IOException e) {
            throw new ParseException("could not read file: " + e.getMessage(), e);
        }
    }

    private void checkSupported(TikaInputStream tis, Metadata metadata, String fileName, String mediaType)
            throws IOException {
        MediaType type = tika.getDetector().detect(tis, metadata);
        MediaTypeRegistry registry = tika.getMediaTypeRegistry();
        ParseContext context = new ParseContext();
        for (MediaType t = type; t != null && !t.equals(MediaType.OCTET_STREAM); t = registry.getSupertype(t)) {
            if (tika.getSupportedTypes(context).contains(t)) {
                return;
            }
        }
        throw new ParseException("unsupported file type: " + FileNames.describeType(fileName, mediaType));
    }

    private ParsedDocument extract(TikaInputStream tis, Metadata metadata, ParseLimits limits) throws IOException {
        StringWriter markdown = new StringWriter();
        ParseContext context = new ParseContext();
        // Without this Tika skips embedded documents (attachments, files inside a zip).
        context.set(org.apache.tika.parser.Parser.class, tika);
        ContentHandler handler = new InterruptibleContentHandler(new WriteOutContentHandler(
                new BodyContentHandler(new ToMarkdownContentHandler(markdown)), limits.maxChars(), true, context));
        boolean truncated = false;
        try {
            tika.parse(tis, handler, metadata, context);
        } catch (SAXException e) {
            if (!WriteLimitReachedException.isWriteLimitReached(e)) {
                throw new ParseException("corrupt file: " + e.getMessage(), e);
            }
            truncated = true;
        } catch (ZeroByteFileException e) {
            throw new ParseException("empty file", e);
        } catch (EncryptedDocumentException e) {
            throw new ParseException("encrypted document", e);
        } catch (TikaException e) {
            String reason = rootMessage(e);
            // SecureContentHandler's verdict arrives as a plain TikaException; only its text tells it apart.
            if (reason.toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new ParseException("rejected as a suspected zip bomb: " + reason, e);
            }
            throw new ParseException("corrupt file: " + reason, e);
        }
        String text = MarkdownText.tidy(markdown.toString());
        if (text.length() > limits.maxChars()) {
            text = MarkdownText.cut(text, limits.maxChars());
            truncated = true;
        }
        return ParsedDocument.singlePage(text, title(metadata), truncated);
    }

    private static Optional<String> title(Metadata metadata) {
        return Optional.ofNullable(metadata.get(TikaCoreProperties.TITLE))
                .map(String::strip)
                .filter(t -> !t.isEmpty());
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
