package dev.quire.ingest;

import dev.quire.ingest.layout.LayoutAnalyzer;
import dev.quire.ingest.layout.Line;
import dev.quire.ingest.layout.PageLines;
import dev.quire.ingest.layout.Word;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDF pages as words (PDFBox) laid out into items; a page with no text but an image is rendered at
 * {@link #OCR_DPI} and read by Tesseract. A page that fails (OCR unavailable, a broken content
 * stream) fails alone: the others are still returned.
 */
final class PdfLayoutParser {
    static final float OCR_DPI = 300;
    /** ~40 megapixels (a 17x22 inch page at 300 dpi): larger pages are rendered at a lower resolution. */
    private static final double MAX_OCR_PIXELS = 40e6;

    private final Tesseract ocr;
    private final LayoutAnalyzer analyzer;

    PdfLayoutParser(Tesseract ocr, LayoutAnalyzer analyzer) {
        this.ocr = ocr;
        this.analyzer = analyzer;
    }

    StructuredDocument parse(InputStream in, ParseOptions options) {
        try (PdfFile pdf = PdfFile.open(in)) {
            PDDocument document = pdf.document();
            int count = document.getNumberOfPages();
            List<Integer> wanted = options.targetPages().map(t -> t.stream().filter(p -> p <= count).toList())
                    .orElseGet(() -> java.util.stream.IntStream.rangeClosed(1, count).boxed().toList());
            if (wanted.isEmpty() && count > 0) {
                throw new ParseException("target_pages selects no page of this " + count + "-page document");
            }
            if (options.failOverPageLimit() && wanted.size() > options.limits().maxPages()) {
                throw new ParseException("too many pages: " + wanted.size() + " to parse, the limit is "
                        + options.limits().maxPages() + " (choose pages with page_ranges)");
            }
            List<Integer> pages = wanted.subList(0, Math.min(wanted.size(), options.limits().maxPages()));
            boolean truncated = pages.size() < wanted.size();
            PdfWords words = new PdfWords();
            PDFRenderer renderer = new PDFRenderer(document);
            List<PageLines> lines = new ArrayList<>();
            for (int number : pages) {
                Interruption.check();
                lines.add(page(document, renderer, words, number, options));
            }
            return StructuredParser.fromLayout(analyzer.analyze(lines), title(document), truncated, options.limits());
        }
    }

    private PageLines page(PDDocument document, PDFRenderer renderer, PdfWords words, int number, ParseOptions options) {
        PDPage page = document.getPage(number - 1);
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double width = turned ? box.getHeight() : box.getWidth();
        double height = turned ? box.getWidth() : box.getHeight();
        try {
            List<Word> found = words.page(document, number);
            if (!found.isEmpty() || !hasImages(page.getResources())) {
                return new PageLines(number, width, height, Line.group(found), Optional.empty());
            }
            return new PageLines(number, width, height, ocr(renderer, number, width, height, options), Optional.empty());
        } catch (IOException e) {
            return new PageLines(number, width, height, List.of(), Optional.of("corrupt page: " + e.getMessage()));
        } catch (ParseException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            return new PageLines(number, width, height, List.of(), Optional.of(e.getMessage()));
        }
    }

    private List<Line> ocr(PDFRenderer renderer, int number, double width, double height, ParseOptions options)
            throws IOException {
        double dpi = Math.min(OCR_DPI, 72 * Math.sqrt(MAX_OCR_PIXELS / Math.max(1, width * height)));
        BufferedImage image = renderer.renderImageWithDPI(number - 1, (float) dpi, ImageType.GRAY);
        Path png = Files.createTempFile("quire-ocr-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return ocr.lines(png, dpi, options.ocrLanguages());
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static boolean hasImages(PDResources resources) {
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        // Images inside form XObjects, or inline images: rendering tells, so assume there may be some.
        return resources.getXObjectNames().iterator().hasNext();
    }

    private static Optional<String> title(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        return Optional.ofNullable(info == null ? null : info.getTitle()).map(String::strip).filter(t -> !t.isEmpty());
    }
}
