package dev.quire.ingest;

import dev.quire.ingest.layout.Box;
import dev.quire.ingest.layout.Word;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The words of a PDF page with their boxes, font sizes and weights, from PDFBox's text stripper.
 * PDFBox hands over runs of glyphs; they are cut at space glyphs here, so that the gaps between
 * words (which tell table cells apart) are measured, not guessed. Not thread-safe: one per parse.
 */
final class PdfWords extends PDFTextStripper {
    private final List<Word> words = new ArrayList<>();

    PdfWords() {
        setSortByPosition(true);
    }

    List<Word> page(PDDocument document, int pageNumber) throws IOException {
        words.clear();
        setStartPage(pageNumber);
        setEndPage(pageNumber);
        writeText(document, Writer.nullWriter());
        return List.copyOf(words);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        List<TextPosition> current = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                flush(current);
                current = new ArrayList<>();
            } else {
                current.add(p);
            }
        }
        flush(current);
    }

    private void flush(List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double baseline = 0;
        double[] sizes = new double[glyphs.size()];
        for (int i = 0; i < glyphs.size(); i++) {
            TextPosition g = glyphs.get(i);
            text.append(g.getUnicode());
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            baseline = Math.max(baseline, g.getYDirAdj());
            sizes[i] = g.getFontSizeInPt();
        }
        java.util.Arrays.sort(sizes);
        double size = sizes[sizes.length / 2];
        // Ascent ~0.8 em above the baseline, descent ~0.2 em below: the line box PDF viewers highlight.
        Box box = new Box(left, baseline - 0.8 * size, Math.max(0, right - left), size);
        words.add(new Word(text.toString(), box, size, bold(glyphs.get(0).getFont())));
    }

    private static boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
            return true;
        }
        PDFontDescriptor descriptor = font.getFontDescriptor();
        return descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600);
    }
}
