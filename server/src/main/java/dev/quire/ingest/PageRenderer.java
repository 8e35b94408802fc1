package dev.quire.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page screenshots of a PDF as JPEGs.
 *
 * <pre>{@code
 * List<PageImage> images = new PageRenderer(100).render(in, 50);
 * }</pre>
 */
public final class PageRenderer {
    private final float dpi;

    /** @param dpi 100 keeps a letter page near 850x1100 px, enough to read, ~100 KB as JPEG */
    public PageRenderer(float dpi) {
        if (!(dpi > 0 && dpi <= 600)) {
            throw new IllegalArgumentException("dpi must be in (0, 600]: " + dpi);
        }
        this.dpi = dpi;
    }

    /** Renders at most {@code maxPages} pages, in page order. */
    public List<PageImage> render(InputStream pdfIn, int maxPages) {
        try (PdfFile pdf = PdfFile.open(pdfIn)) {
            PDFRenderer renderer = new PDFRenderer(pdf.document());
            int pages = Math.min(pdf.document().getNumberOfPages(), maxPages);
            List<PageImage> images = new ArrayList<>(pages);
            for (int page = 0; page < pages; page++) {
                Interruption.check();
                images.add(new PageImage(page + 1, renderPage(renderer, page)));
            }
            return List.copyOf(images);
        }
    }

    private byte[] renderPage(PDFRenderer renderer, int pageIndex) {
        try {
            BufferedImage image = renderer.renderImageWithDPI(pageIndex, dpi, ImageType.RGB);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, "jpeg", out)) {
                throw new IllegalStateException("no JPEG writer in this JVM");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ParseException("corrupt PDF: page " + (pageIndex + 1) + ": " + e.getMessage(), e);
        }
    }
}
