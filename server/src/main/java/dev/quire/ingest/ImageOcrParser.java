package dev.quire.ingest;

import dev.quire.ingest.layout.LayoutAnalyzer;
import dev.quire.ingest.layout.Line;
import dev.quire.ingest.layout.PageLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An image file as one page read by Tesseract. Its size is read from the header first, so a
 * decompression bomb (a tiny file claiming a gigapixel image) is refused before anything decodes it.
 */
final class ImageOcrParser {
    private static final long MAX_PIXELS = 100_000_000L;
    /** Images carry no reliable resolution; 300 dpi is what scans usually are. */
    private static final double ASSUMED_DPI = 300;

    private final Tesseract ocr;
    private final LayoutAnalyzer analyzer;

    ImageOcrParser(Tesseract ocr, LayoutAnalyzer analyzer) {
        this.ocr = ocr;
        this.analyzer = analyzer;
    }

    StructuredDocument parse(InputStream in, String extension, ParseOptions options) {
        Path file = spool(in, extension.isEmpty() ? ".img" : extension);
        try {
            double[] size = pixelSize(file);
            double scale = 72 / ASSUMED_DPI;
            double width = size[0] * scale;
            double height = size[1] * scale;
            PageLines page;
            if (!ocr.available()) {
                throw new ParseException(Tesseract.MISSING);
            }
            List<Line> lines = ocr.lines(file, ASSUMED_DPI, options.ocrLanguages());
            page = new PageLines(1, width, height, lines, Optional.empty());
            return StructuredParser.fromLayout(analyzer.analyze(List.of(page)), Optional.empty(), false, options.limits());
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A leftover temp file is harmless.
            }
        }
    }

    /** Width and height in pixels; 0 x 0 for formats Java cannot read (Tesseract may still). */
    private static double[] pixelSize(Path file) {
        try (ImageInputStream stream = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = stream == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                return new double[] {0, 0};
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > MAX_PIXELS) {
                    throw new ParseException("image too large: " + w + "x" + h + " pixels (at most "
                            + MAX_PIXELS / 1_000_000 + " megapixels)");
                }
                return new double[] {w, h};
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ParseException("corrupt image: " + e.getMessage(), e);
        }
    }

    private static Path spool(InputStream in, String extension) {
        try {
            Path file = Files.createTempFile("quire-image-", extension);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool an image to a temp file", e);
        }
    }
}
