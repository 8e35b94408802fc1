package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF text page by page with PDFBox, so each page's offsets in the text are known exactly.
 * Only the first {@link ParseLimits#maxPages()} pages are read: a thousand-page PDF costs what
 * the limit allows, not what the file demands.
 */
public final class PdfBoxParser implements Parser {

    @Override
    public ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits) {
        try (PdfFile pdf = PdfFile.open(in)) {
            return extract(pdf.document(), limits);
        }
    }

    private static ParsedDocument extract(PDDocument document, ParseLimits limits) {
        int pageCount = document.getNumberOfPages();
        int pagesToRead = Math.min(pageCount, limits.maxPages());
        boolean truncated = pagesToRead < pageCount;
        PDFTextStripper stripper = newStripper();
        List<String> pageTexts = new ArrayList<>(pagesToRead);
        long chars = 0;
        for (int page = 1; page <= pagesToRead; page++) {
            Interruption.check();
            String text = pageText(stripper, document, page);
            if (chars + text.length() > limits.maxChars()) {
                pageTexts.add(text.substring(0, (int) Math.max(0, limits.maxChars() - chars)));
                truncated = true;
                break;
            }
            chars += text.length() + 2; // + the blank line that joins pages
            pageTexts.add(text);
        }
        return ParsedDocument.ofPages(pageTexts, title(document), truncated);
    }

    private static PDFTextStripper newStripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setLineSeparator("\n");
        // A blank line after each detected paragraph lets the chunker prefer paragraph breaks.
        stripper.setParagraphEnd("\n");
        return stripper;
    }

    private static String pageText(PDFTextStripper stripper, PDDocument document, int page) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        try {
            return stripper.getText(document).strip();
        } catch (IOException e) {
            throw new ParseException("corrupt PDF: page " + page + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> title(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return Optional.ofNullable(info == null ? null : info.getTitle())
                .map(String::strip)
                .filter(t -> !t.isEmpty());
    }
}
