package dev.quire.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * PDFs with known structure, for tests and the parse benchmark: headings in larger bold type,
 * paragraphs, bullet lists and tables laid out in columns, a running header and a page-number
 * footer on every page; and the same pages as scans (rendered, slightly rotated, wrapped in a PDF).
 *
 * <pre>{@code
 * byte[] pdf = GeneratedDocs.pdf(List.of(List.of(new Block.Heading(1, "Results"), new Block.Text("..."))));
 * byte[] scan = GeneratedDocs.scan(pdf, 300, 1.0);
 * }</pre>
 */
public final class GeneratedDocs {
    public static final String RUNNING_HEADER = "Quire Generated Report";
    private static final float MARGIN = 72;
    private static final float BODY = 11;
    private static final float[] HEADING = {20, 16, 13};

    private GeneratedDocs() {}

    /** What a page holds, in order. */
    public sealed interface Block {
        record Heading(int level, String text) implements Block {}

        record Text(String text) implements Block {}

        record Bullets(List<String> items) implements Block {}

        record Table(List<List<String>> rows) implements Block {}
    }

    public static byte[] pdf(List<List<Block>> pages) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    text(out, regular, 9, MARGIN, height - 36, RUNNING_HEADER);
                    text(out, regular, 9, 290, 30, "Page " + (p + 1));
                    float y = height - MARGIN - 10;
                    for (Block block : pages.get(p)) {
                        y = draw(out, block, regular, bold, y, page.getMediaBox().getWidth());
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float draw(PDPageContentStream out, Block block, PDType1Font regular, PDType1Font bold, float y,
                              float pageWidth) throws IOException {
        float width = pageWidth - 2 * MARGIN;
        if (block instanceof Block.Heading h) {
            float size = HEADING[Math.min(h.level(), 3) - 1];
            y -= size * 0.6f;
            text(out, bold, size, MARGIN, y, h.text());
            return y - size * 1.2f;
        }
        if (block instanceof Block.Text t) {
            for (String line : wrap(t.text(), regular, BODY, width)) {
                text(out, regular, BODY, MARGIN, y, line);
                y -= BODY * 1.3f;
            }
            return y - BODY;
        }
        if (block instanceof Block.Bullets b) {
            for (String item : b.items()) {
                text(out, regular, BODY, MARGIN + 10, y, "-");
                for (String line : wrap(item, regular, BODY, width - 24)) {
                    text(out, regular, BODY, MARGIN + 24, y, line);
                    y -= BODY * 1.3f;
                }
            }
            return y - BODY;
        }
        Block.Table t = (Block.Table) block;
        int columns = t.rows().get(0).size();
        float[] x = new float[columns];
        float at = MARGIN;
        for (int c = 0; c < columns; c++) {
            x[c] = at;
            float widest = 0;
            for (List<String> row : t.rows()) {
                widest = Math.max(widest, regular.getStringWidth(row.get(c)) / 1000 * BODY);
            }
            at += widest + 30;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            for (int c = 0; c < columns; c++) {
                text(out, r == 0 ? bold : regular, BODY, x[c], y, t.rows().get(r).get(c));
            }
            y -= BODY * 1.5f;
        }
        return y - BODY;
    }

    private static void text(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** The PDF's pages as images at {@code dpi}, turned by {@code degrees}, each wrapped in a page of its own. */
    public static byte[] scan(byte[] pdf, float dpi, double degrees) {
        try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(source);
            for (int i = 0; i < source.getNumberOfPages(); i++) {
                BufferedImage image = rotate(renderer.renderImageWithDPI(i, dpi, ImageType.GRAY), degrees);
                PDRectangle size = source.getPage(i).getMediaBox();
                PDPage page = new PDPage(size);
                scan.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream out = new PDPageContentStream(scan, page)) {
                    out.drawImage(xobject, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            scan.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG of the first page at {@code dpi}: an image file to OCR. */
    public static byte[] png(byte[] pdf, float dpi) {
        try (PDDocument source = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, dpi, ImageType.GRAY);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage rotate(BufferedImage image, double degrees) {
        if (degrees == 0) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), image.getWidth() / 2.0, image.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }
}
